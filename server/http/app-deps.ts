import type { DocStore } from "../storage/doc-store";
import type { AccessStore } from "../storage/access-store";
import type { RoomManager } from "../sync/room-manager";
import type { Logger } from "../sync/logger";
import type { BoardAccess } from "../auth/board-access";
import type { LiveConnections } from "../auth/live-connections";
import type { Config } from "../config";

/** What the HTTP app needs; main wires the real ones, tests too (no globals, no listening). */
export interface AppDeps {
  store: DocStore;
  access: AccessStore;
  boardAccess: BoardAccess;
  liveConnections: LiveConnections;
  rooms: Pick<RoomManager, "readDoc" | "roomCount" | "connectionCount">;
  config: Pick<Config, "clientDir" | "maxBodyBytes" | "boardCreation" | "adminToken">;
  logger: Logger;
}
