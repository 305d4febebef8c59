import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MESSAGE_TYPE } from "../../../shared/protocol/message-types";
import { awarenessMessage, syncStep1Message, updateMessage } from "../messages";
import type { RoomManager } from "../room-manager";
import type { Permission, SyncConnection } from "../sync-socket";
import { RecordingSocket } from "./recording-socket";

/**
 * A client that speaks the protocol as y-websocket's WebsocketProvider does, over a
 * RecordingSocket: real Y.Doc, real y-protocols messages, frames delivered asynchronously.
 */
export class TestClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly socket = new RecordingSocket();
  readonly connection: SyncConnection;
  /** Set once the server's sync step 2 has been applied. */
  synced = false;

  constructor(
    manager: RoomManager,
    readonly boardId: string,
    permission: Permission = "write",
    /** Content the client already has when it connects (e.g. from an earlier session). */
    initialState?: Uint8Array,
  ) {
    this.awareness.setLocalState(null);
    if (initialState) Y.applyUpdate(this.doc, initialState, this);
    this.socket.onSend = (data) => queueMicrotask(() => this.read(data));
    this.connection = manager.connect(this.socket, boardId, permission);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(updateMessage(update));
    });
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === this) return;
      this.send(awarenessMessage(this.awareness, [...added!, ...updated!, ...removed!]));
    });
    this.send(syncStep1Message(this.doc));
  }

  get closeCode(): number | undefined {
    return this.socket.closedWith?.code;
  }

  send(frame: Uint8Array): void {
    if (this.socket.isOpen) this.connection.receive(frame);
  }

  setPresence(state: Record<string, unknown> | null): void {
    this.awareness.setLocalState(state);
  }

  /** The transport noticed the socket closed. */
  disconnect(): void {
    this.socket.close(1000, "client left");
    this.connection.closed();
    this.awareness.destroy();
  }

  private read(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const encoder = encoding.createEncoder();
    const messageType = decoding.readVarUint(decoder);
    if (messageType === MESSAGE_TYPE.sync) {
      encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
      const syncType = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (syncType === syncProtocol.messageYjsSyncStep2) this.synced = true;
      if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder));
    } else if (messageType === MESSAGE_TYPE.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    } else {
      throw new Error(`the server sent message type ${messageType}`);
    }
  }
}
