import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import { Connection } from "./connection";
import type { SyncLimits } from "./limits";
import { awarenessMessage } from "./messages";

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

type AwarenessLimits = Pick<SyncLimits, "maxAwarenessStateBytes" | "maxAwarenessClients">;

/**
 * A room's presence: relays every awareness change to the other connections. Each awareness client
 * id belongs to the first connection that announced it; a connection may set or remove only the
 * states it owns (up to `maxAwarenessClients`), and they are removed when it leaves.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, Connection>();
  private readonly pending = new Set<number>();
  private pendingOrigin: Connection | undefined | typeof NO_ORIGIN_YET = NO_ORIGIN_YET;
  private scheduled: NodeJS.Immediate | undefined;

  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array, except?: Connection) => void,
    private readonly limits: AwarenessLimits,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server itself is not present on the board.
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.relay);
  }

  /** Apply the entries of a (decoded and validated) awareness update that `connection` may make. */
  apply(connection: Connection, update: Uint8Array): void {
    const allowed = this.allowedEntries(connection, update);
    if (allowed) awarenessProtocol.applyAwarenessUpdate(this.awareness, allowed, connection);
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
    for (const client of clients) this.owners.delete(client);
    if (clients.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, clients, null);
  }

  destroy(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.awareness.off("update", this.relay);
    this.awareness.destroy();
  }

  /** The update re-encoded with only the entries `connection` owns (or may claim) and that fit. */
  private allowedEntries(connection: Connection, update: Uint8Array): Uint8Array | undefined {
    const decoder = decoding.createDecoder(update);
    const encoder = encoding.createEncoder();
    const entries = decoding.readVarUint(decoder);
    let kept = 0;
    const body = encoding.createEncoder();
    for (let index = 0; index < entries; index++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarUint8Array(decoder);
      if (state.byteLength > this.limits.maxAwarenessStateBytes || !this.claim(connection, client)) continue;
      encoding.writeVarUint(body, client);
      encoding.writeVarUint(body, clock);
      encoding.writeVarUint8Array(body, state);
      kept++;
    }
    if (kept === 0) return undefined;
    encoding.writeVarUint(encoder, kept);
    encoding.writeUint8Array(encoder, encoding.toUint8Array(body));
    return encoding.toUint8Array(encoder);
  }

  private claim(connection: Connection, client: number): boolean {
    if (client === this.awareness.clientID) return false;
    const owner = this.owners.get(client);
    if (owner) return owner === connection;
    if (connection.awarenessClients.size >= this.limits.maxAwarenessClients) return false;
    this.owners.set(client, connection);
    connection.awarenessClients.add(client);
    return true;
  }

  /**
   * Changes are coalesced until the event loop has read every frame that arrived together, then
   * sent as ONE message per connection: relaying each change at once costs changes × connections
   * sends, which a workshop of hundreds moving cursors turns into seconds of blocked event loop.
   */
  private readonly relay = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    for (const client of changed) this.pending.add(client);
    const from = origin instanceof Connection ? origin : undefined;
    this.pendingOrigin =
      this.pendingOrigin === NO_ORIGIN_YET || this.pendingOrigin === from ? from : undefined;
    this.scheduled ??= setImmediate(this.flush);
  };

  private readonly flush = (): void => {
    this.scheduled = undefined;
    if (this.pending.size === 0) return;
    const message = awarenessMessage(this.awareness, [...this.pending]);
    // A batch that is only one connection's own changes need not echo back to it.
    const except = this.pendingOrigin === NO_ORIGIN_YET ? undefined : this.pendingOrigin;
    this.pending.clear();
    this.pendingOrigin = NO_ORIGIN_YET;
    this.broadcast(message, except);
  };
}

const NO_ORIGIN_YET = Symbol("no origin yet");
