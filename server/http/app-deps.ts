import type { DocStore } from "../storage/doc-store";
import type { AccessStore } from "../storage/access-store";
import type { RoomManager } from "../sync/room-manager";
import type { Logger } from "../sync/logger";
import type { BoardAccess } from "../auth/board-access";
import type { LiveConnections } from "../auth/live-connections";
import type { Config } from "../config";
import type { SnapshotService } from "../snapshots/snapshot-service";
import type { DocumentRenderer } from "../export/document-renderer";

/** What the HTTP app needs; main wires the real ones, tests too (no globals, no listening). */
export interface AppDeps {
  store: DocStore;
  access: AccessStore;
  boardAccess: BoardAccess;
  liveConnections: LiveConnections;
  rooms: Pick<RoomManager, "readDoc" | "readDurableDoc" | "writeDoc" | "roomCount" | "connectionCount">;
  snapshots: SnapshotService;
  /** Renders DOCX and PDF exports off the main thread. */
  renderer: Pick<DocumentRenderer, "render">;
  config: Pick<Config, "clientDir" | "maxBodyBytes" | "maxImportBytes" | "boardCreation" | "adminToken">;
  logger: Logger;
}
