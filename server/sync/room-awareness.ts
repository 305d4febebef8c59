import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import { Connection } from "./connection";
import { awarenessMessage } from "./messages";

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * A room's presence: relays every awareness change to the other connections, and remembers which
 * awareness clients each connection announced so they can be removed when it leaves.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;

  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array, except?: Connection) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server itself is not present on the board.
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.relay);
  }

  apply(connection: Connection, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
  }

  get isEmpty(): boolean {
    return this.awareness.getStates().size === 0;
  }

  /** Every current state, as sent to a connection that joins or asks (queryAwareness). */
  statesMessage(): Uint8Array {
    return awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]);
  }

  forget(connection: Connection): void {
    const clients = [...connection.awarenessClients];
    connection.awarenessClients.clear();
    if (clients.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, clients, null);
  }

  destroy(): void {
    this.awareness.off("update", this.relay);
    this.awareness.destroy();
  }

  private readonly relay = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const from = origin instanceof Connection ? origin : undefined;
    if (from) {
      for (const client of added) from.awarenessClients.add(client);
      for (const client of removed) from.awarenessClients.delete(client);
    }
    const changed = [...added, ...updated, ...removed];
    if (changed.length > 0) this.broadcast(awarenessMessage(this.awareness, changed), from);
  };
}
