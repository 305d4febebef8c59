import type { DocStore } from "../storage/doc-store";
import type { RoomManager } from "../sync/room-manager";
import type { Logger } from "../sync/logger";
import type { Config } from "../config";

/** What the HTTP app needs; main wires the real ones, tests too (no globals, no listening). */
export interface AppDeps {
  store: DocStore;
  rooms: Pick<RoomManager, "readDoc" | "roomCount" | "connectionCount">;
  config: Pick<Config, "clientDir" | "maxBodyBytes">;
  logger: Logger;
}
