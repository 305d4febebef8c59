import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { BoardSession } from "../sync/board-session";
import { syncServerUrl } from "../sync/sync-url";

/**
 * A board version to look at: the same session shape the live workspace renders, over a Y.Doc built from a
 * snapshot's state, read-only (a viewer's session) and never connected. The notes editor wants a provider for
 * its carets, so it gets one that never connects.
 */
export class SnapshotSession extends BoardSession {
  private offline: WebsocketProvider | null = null;

  constructor(boardId: string, state: Uint8Array) {
    super(boardId, "viewer");
    Y.applyUpdate(this.doc, state);
  }

  override get provider(): WebsocketProvider {
    this.offline ??= new WebsocketProvider(syncServerUrl(), this.boardId, this.doc, {
      connect: false,
      disableBc: true,
    });
    return this.offline;
  }

  override open(): void {}

  override close(): void {
    this.offline?.awareness.destroy();
    this.offline?.destroy();
    this.offline = null;
  }
}
