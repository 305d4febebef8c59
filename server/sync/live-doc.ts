import * as Y from "yjs";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { TRANSACTION_ORIGIN } from "../../shared/protocol/transaction-origins";
import type { DocStore } from "../storage/doc-store";
import { Connection } from "./connection";
import { DocSizeGuard } from "./doc-size";
import type { Frame } from "./frame";
import type { SyncLimits } from "./limits";
import type { LoadedDoc } from "./load-room-doc";
import type { Logger } from "./logger";
import { encodeDurableState } from "./durable-state";
import { syncStep1Message, syncStep2Message, syncStep2MessageOf, updateMessage } from "./messages";
import { RoomAwareness } from "./room-awareness";
import { ReaderView } from "./reader-view";
import { RoomPersistence, type PendingUpdate } from "./room-persistence";

/** Up to this many others' updates go to a sender one by one; past it, the batch's merged update. */
const MAX_SEPARATE_UPDATES = 8;

/**
 * Relay a durable batch (the updates of one tick) to the room. One update goes as it is; several go
 * as ONE merged update to everyone who sent none of them, so a busy board costs a send per
 * connection per tick rather than per update. A sender gets the others' updates one by one when
 * they are few; when they are many it gets the same merged update, its own part included: Yjs
 * ignores content it already holds, and merging is the expensive step (a merge per sender made a
 * busy tick quadratic: ten writers' 160 KB tick took 230 ms to relay).
 */
function relayBatch(batch: PendingUpdate[], broadcast: LiveDocOptions["broadcast"]): void {
  const [first] = batch;
  if (!first) return;
  const originOf = ({ origin }: PendingUpdate) => (origin instanceof Connection ? origin : undefined);
  if (batch.length === 1) {
    broadcast(updateMessage(first.update), originOf(first));
    return;
  }
  const senders = new Set<Connection>();
  for (const entry of batch) {
    const sender = originOf(entry);
    if (sender) senders.add(sender);
  }
  const merged = updateMessage(Y.mergeUpdates(batch.map((entry) => entry.update)));
  broadcast(merged, senders);
  for (const sender of senders) {
    const others = batch.filter((entry) => entry.origin !== sender);
    if (others.length > MAX_SEPARATE_UPDATES) sender.send(merged);
    else for (const entry of others) sender.send(updateMessage(entry.update));
  }
}

/** A state vector with no clients: the sender holds nothing of the document. */
const isEmptyStateVector = (stateVector: Uint8Array) => stateVector.length === 1 && stateVector[0] === 0;

export type SyncFrame = Extract<Frame, { kind: "sync-step1" | "sync-step2" | "sync-update" }>;

export interface LiveDocOptions {
  boardId: string;
  store: DocStore;
  limits: SyncLimits;
  logger: Logger;
  loaded: LoadedDoc;
  /** Send to every connection of the room but `except`. */
  broadcast(message: Uint8Array, except?: Connection | ReadonlySet<Connection>): void;
  /** Storing an update failed: the room must close without relaying it. */
  onWriteFailed(error: unknown): void;
  /** A connection's update was applied (system writes such as a restore do not count). */
  onEdit?(): void;
}

/**
 * A loaded board document and what the protocol does with it: every change is queued for
 * storage and relayed once durable; sync frames are answered or applied under the guards.
 */
export class LiveDoc {
  readonly doc: Y.Doc;
  readonly awareness: RoomAwareness;
  readonly persistence: RoomPersistence;
  private readonly size: DocSizeGuard;
  /** Read-only connections: they sync with the reader view, never with the board itself. */
  private readonly readers = new Set<Connection>();
  /** Built when the first reader arrives, dropped when the last leaves. */
  private readerView?: ReaderView;

  private readonly boardId: string;
  private readonly logger: Logger;
  private readonly maxPendingBytes: number;
  /**
   * The step 2 for a joiner that holds nothing yet, encoded once per version of the document, so
   * a crowd joining at once costs one encode (and one buffer) instead of one each. Dropped on every
   * change; built only when nothing is waiting to be stored, so it holds only durable content.
   */
  private fullStateMessage?: Uint8Array;
  /**
   * Large boards' joiners' step 2s being built by the store, by the durable seq they are built
   * through: joiners arriving together share one build.
   */
  private readonly storeJoins = new Map<number, Promise<Uint8Array>>();
  /** Counts the document's changes: a state the store built may be kept only if none came meanwhile. */
  private version = 0;
  private readonly store: DocStore;
  private readonly storeJoinAboveBytes: number;

  constructor(options: LiveDocOptions) {
    const { boardId, store, limits, logger, loaded, broadcast } = options;
    this.boardId = boardId;
    this.logger = logger;
    this.maxPendingBytes = limits.maxMessageBytes;
    this.store = store;
    this.storeJoinAboveBytes = limits.storeJoinAboveBytes;
    this.doc = loaded.doc;
    this.awareness = new RoomAwareness(this.doc, broadcast, limits);
    this.size = new DocSizeGuard(this.doc, limits.maxDocBytes, loaded.storedBytes);
    this.persistence = new RoomPersistence({
      boardId,
      doc: this.doc,
      store,
      logger,
      compactAfterUpdates: limits.compactAfterUpdates,
      compactionSpread: limits.compactionSpread,
      lastSeq: loaded.lastSeq,
      loggedUpdates: loaded.loggedUpdates,
      onPersisted: (batch) => {
        relayBatch(batch, (message, except) => broadcast(message, this.withReaders(except)));
        this.relayToReaders(batch);
      },
      onFailed: options.onWriteFailed,
      onMeasured: (bytes) => this.size.measured(bytes),
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      this.fullStateMessage = undefined;
      this.version++;
      if (origin === TRANSACTION_ORIGIN.storage) return;
      this.size.grew(update.byteLength);
      this.persistence.enqueue(update, origin);
      if (origin instanceof Connection) options.onEdit?.();
    });
  }

  /** What the server sends first: sync step 1, then the awareness states if there are any. */
  greet(connection: Connection): void {
    if (connection.permission === "read") {
      this.readers.add(connection);
      connection.send(syncStep1Message(this.viewForReaders().doc));
    } else {
      connection.send(syncStep1Message(this.doc));
    }
    if (!this.awareness.isEmpty) connection.send(this.awareness.statesMessage());
  }

  /** Answer a step 1 with a step 2; returns a promise when it must first wait for pending writes. */
  applySync(connection: Connection, frame: SyncFrame): Promise<void> | undefined {
    if (frame.kind === "sync-step1") {
      if (this.joinsFromStore(connection, frame.stateVector)) {
        // Not awaited: the room's other frames carry on while the store builds it.
        void this.answerFromStore(connection, frame.stateVector);
        return undefined;
      }
      if (!this.persistence.hasUnpersisted) {
        connection.send(this.step2Message(connection, frame.stateVector));
        return undefined;
      }
      return this.answerWhenDurable(connection, frame.stateVector);
    }
    this.applyUpdate(connection, frame.kind, frame.update);
    return undefined;
  }

  /** A connection left the room. */
  leave(connection: Connection): void {
    if (!this.readers.delete(connection) || this.readers.size > 0) return;
    this.readerView?.destroy();
    this.readerView = undefined;
  }

  destroy(): void {
    this.readerView?.destroy();
    this.readerView = undefined;
    this.persistence.stop();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async answerWhenDurable(connection: Connection, stateVector: Uint8Array): Promise<void> {
    // Persist before relay holds for a joiner's first state too: it is sent only durable content.
    while (this.persistence.hasUnpersisted) await this.persistence.flush();
    if (connection.isOpen) connection.send(this.step2Message(connection, stateVector));
  }

  /**
   * A large board's new joiner (S32): nothing cached to send, and encoding the board here would hold
   * every board's frames for as long as it takes (0.6-0.9 s at 16 MB).
   */
  private joinsFromStore(connection: Connection, stateVector: Uint8Array): boolean {
    return (
      this.store.joinerUpdate !== undefined &&
      connection.permission !== "read" &&
      this.fullStateMessage === undefined &&
      isEmptyStateVector(stateVector) &&
      this.size.estimate >= this.storeJoinAboveBytes
    );
  }

  /**
   * The store's durable rows through the durable seq: everything relayed before this joiner asked
   * (later updates are relayed to it as to everyone). If nothing was waiting to be stored and nothing
   * changed meanwhile, it is the document's whole state: kept for the next joiners, as an encode is.
   */
  private async answerFromStore(connection: Connection, stateVector: Uint8Array): Promise<void> {
    const seq = this.persistence.durableSeq;
    const wholeState = !this.persistence.hasUnpersisted;
    const version = this.version;
    let message: Uint8Array;
    try {
      message = await this.storeJoinThrough(seq, stateVector);
    } catch (error) {
      this.logger.warn("building a joiner's state off the event loop failed; encoding it here", {
        boardId: this.boardId,
        error,
      });
      if (connection.isOpen) await this.answerWhenDurable(connection, stateVector);
      return;
    }
    if (wholeState && version === this.version) this.fullStateMessage ??= message;
    if (connection.isOpen) connection.send(message);
  }

  private storeJoinThrough(seq: number, stateVector: Uint8Array): Promise<Uint8Array> {
    const building = this.storeJoins.get(seq);
    if (building) return building;
    const joinerUpdate = this.store.joinerUpdate?.bind(this.store);
    if (!joinerUpdate) return Promise.reject(new Error("the store builds no joiner states"));
    const built = joinerUpdate(this.boardId, seq, stateVector).then(syncStep2MessageOf);
    this.storeJoins.set(seq, built);
    const forget = () => void this.storeJoins.delete(seq);
    built.then(forget, forget);
    return built;
  }

  /** Call only when nothing is unpersisted. */
  private step2Message(connection: Connection, stateVector: Uint8Array): Uint8Array {
    // Decided by permission, not membership: a reader is never sent the board itself.
    if (connection.permission === "read") return this.viewForReaders().step2Message(stateVector);
    if (!isEmptyStateVector(stateVector)) return syncStep2Message(this.doc, stateVector);
    this.fullStateMessage ??= syncStep2Message(this.doc, stateVector);
    return this.fullStateMessage;
  }

  private applyUpdate(connection: Connection, kind: SyncFrame["kind"], update: Uint8Array): void {
    if (connection.permission === "read") {
      // Nothing a reader sends is applied. Its step 2 carries its whole delete set, so that alone is
      // ignored; an update message, or a step 2 with content the view lacks, is an attempt to write.
      const harmless = kind === "sync-step2" && !this.viewForReaders().bringsNewContent(update);
      if (!harmless) connection.close(CLOSE_CODE.forbidden, "read-only");
      return;
    }
    if (!this.size.admits(update.byteLength)) {
      connection.close(CLOSE_CODE.messageTooLarge, "document too large");
      return;
    }
    const pendingBefore = this.pendingBytes();
    Y.applyUpdate(this.doc, update, connection);
    this.settlePending(connection, pendingBefore);
  }

  private viewForReaders(): ReaderView {
    this.readerView ??= new ReaderView(encodeDurableState(this.doc));
    return this.readerView;
  }

  /** What goes to the board's writers skips its readers: they receive the reader view's updates. */
  private withReaders(
    except?: Connection | ReadonlySet<Connection>,
  ): ReadonlySet<Connection> | Connection | undefined {
    if (this.readers.size === 0) return except;
    const skip = new Set(this.readers);
    if (except instanceof Connection) skip.add(except);
    else if (except) for (const connection of except) skip.add(connection);
    return skip;
  }

  /** Pass a durable batch through the reader view: readers get what they may see, never more. */
  private relayToReaders(batch: PendingUpdate[]): void {
    const view = this.readerView;
    if (!view || this.readers.size === 0) return;
    const updates = batch.map((entry) => entry.update);
    const change = view.apply(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates));
    if (change.kind === "none") return;
    if (change.kind === "update") {
      const message = updateMessage(change.update);
      for (const reader of this.readers) reader.send(message);
      return;
    }
    // Closing detaches each reader; the last one drops the view, and the next one gets a fresh one.
    this.logger.info("a confidential business was made public: readers start again from a fresh view", {
      boardId: this.boardId,
    });
    for (const reader of [...this.readers]) reader.close(CLOSE_CODE.viewReset);
  }

  private pendingBytes(): number {
    const { pendingStructs, pendingDs } = this.doc.store;
    return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0);
  }

  /**
   * Content whose dependencies the server lacks waits inside Yjs (never stored or relayed until it
   * integrates). It is legitimate: after a crash lost an unrelayed update, a reconnecting client's
   * live edits can arrive before its sync step 2 supplies what they build on. So keep it, and ask
   * the sender for what is missing with a step 1. Yjs retries it on every update, so bound it: past
   * `maxPendingBytes` it is dropped and the sender closed; on reconnect it resends everything coherently.
   */
  private settlePending(connection: Connection, pendingBefore: number): void {
    const store = this.doc.store;
    if (store.pendingStructs === null && store.pendingDs === null) return;
    const pendingBytes = this.pendingBytes();
    if (pendingBytes <= this.maxPendingBytes) {
      // Ask only when this update added to the gap: its answer must not trigger another question.
      if (pendingBytes > pendingBefore) connection.send(syncStep1Message(this.doc));
      return;
    }
    this.logger.warn("dropping update content whose dependencies are unknown", {
      boardId: this.boardId,
      pendingBytes,
    });
    store.pendingStructs = null;
    store.pendingDs = null;
    connection.close(CLOSE_CODE.loadFailed, "update depends on content the server does not have");
  }
}
