import type * as Y from "yjs";
import { encodeDurableState } from "./durable-state";
import type { DocStore } from "../storage/doc-store";
import type { Logger } from "./logger";

/** Under a steady stream of edits, compaction gives up after this many flushes and runs after a later append. */
const MAX_COMPACTION_WAITS = 3;

/** A compacted state, the seq it folds the log through, and how many logged updates that is. */
interface Compacted {
  state: Uint8Array;
  throughSeq: number;
  folded: number;
}

/** A document update waiting to be made durable, and where it came from. */
export interface PendingUpdate {
  update: Uint8Array;
  origin: unknown;
}

export interface RoomPersistenceOptions {
  boardId: string;
  doc: Y.Doc;
  store: DocStore;
  logger: Logger;
  compactAfterUpdates: number;
  /** Up to this fraction of compactAfterUpdates more, chosen at random for each compaction (SyncLimits). */
  compactionSpread: number;
  /** In [0, 1): Math.random unless a test fixes it. */
  random?: () => number;
  /** The seq of the last stored update, and how many updates the stored log holds. */
  lastSeq: number;
  loggedUpdates: number;
  /** Each batch, in order, once it is durable. */
  onPersisted(batch: PendingUpdate[]): void;
  /** An append failed: the batch must not be relayed, and nothing more is written. */
  onFailed(error: unknown): void;
  /** Compaction encoded the whole document: this is its exact size now. */
  onMeasured(stateBytes: number): void;
}

/**
 * A room's write path: updates applied in one tick are appended in ONE store call, batches are
 * appended strictly one after another, and a failed append stops all further writes.
 */
export class RoomPersistence {
  private pending: PendingUpdate[] = [];
  private inFlight = 0;
  private tail: Promise<void> = Promise.resolve();
  private compacting?: Promise<void>;
  private scheduled = false;
  private stopped = false;
  private lastSeq: number;
  private loggedUpdates: number;
  /** The log compacts once it holds more updates than this. */
  private compactAt: number;

  constructor(private readonly options: RoomPersistenceOptions) {
    this.lastSeq = options.lastSeq;
    this.loggedUpdates = options.loggedUpdates;
    this.compactAt = this.nextCompactAt();
  }

  /**
   * The seq of the last update stored: it and everything before it are durable, and were relayed
   * when they became so; every later one is relayed to whoever is connected then.
   */
  get durableSeq(): number {
    return this.lastSeq;
  }

  /** Updates applied to the document that are not durable yet. */
  get hasUnpersisted(): boolean {
    return this.pending.length > 0 || this.inFlight > 0;
  }

  enqueue(update: Uint8Array, origin: unknown): void {
    if (this.stopped) return;
    this.pending.push({ update, origin });
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
    // After ours, so a grouping store commits in this same turn, right after this flush's append.
    this.options.store.appendSoon?.();
  }

  /** Write nothing more: the room is gone, or its load failed. */
  stop(): void {
    this.stopped = true;
    this.pending = [];
  }

  /** Resolves once everything enqueued before the call is durable (or the write path failed). */
  flush(): Promise<void> {
    this.tail = this.tail.then(() => this.appendPending());
    return this.tail;
  }

  /**
   * Fold the durable log into one state. Runs beside appends rather than in their queue, so
   * updates keep being stored and relayed while a large state is written.
   */
  async compact(): Promise<void> {
    while (this.compacting) await this.compacting;
    if (this.stopped || this.loggedUpdates === 0) return;
    this.compacting = this.compactNow().finally(() => (this.compacting = undefined));
    return this.compacting;
  }

  private async appendPending(): Promise<void> {
    if (this.stopped || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight = batch.length;
    const { store, boardId } = this.options;
    try {
      this.lastSeq = await store.appendUpdates(
        boardId,
        batch.map((entry) => entry.update),
      );
    } catch (error) {
      this.stopped = true;
      this.pending = [];
      this.options.onFailed(error);
      return;
    } finally {
      this.inFlight = 0;
    }
    this.loggedUpdates += batch.length;
    this.options.onPersisted(batch);
    if (this.loggedUpdates > this.compactAt && !this.compacting) void this.compact();
  }

  /**
   * compactAfterUpdates, put off by a random share of the spread: boards with the same edit rate (a
   * load test, or boards loaded together after a restart) otherwise reach it in the same second, and
   * hundreds of compactions at once hold every board's relays behind them.
   */
  private nextCompactAt(): number {
    const { compactAfterUpdates, compactionSpread, random = Math.random } = this.options;
    return compactAfterUpdates + Math.floor(random() * compactionSpread * compactAfterUpdates);
  }

  private async compactNow(): Promise<void> {
    const { store, boardId, logger } = this.options;
    const built = await this.buildStoredState();
    if (this.stopped) return;
    const { state, throughSeq, folded } = built ?? (await this.encodeDurable()) ?? {};
    if (!state || throughSeq === undefined || folded === undefined || this.stopped) return;
    this.options.onMeasured(state.byteLength);
    try {
      await store.compact(boardId, state, throughSeq);
    } catch (error) {
      logger.warn("compaction failed; the update log is kept", { boardId, throughSeq, error });
      return;
    }
    this.loggedUpdates -= folded;
    this.compactAt = this.nextCompactAt();
  }

  /**
   * The store builds the state from what it holds, off the event loop: only committed updates, so
   * nothing needs to wait for pending writes, and appends carry on meanwhile with higher seqs.
   */
  private async buildStoredState(): Promise<Compacted | undefined> {
    const { store, boardId, logger } = this.options;
    if (!store.buildState) return undefined;
    const throughSeq = this.lastSeq;
    const folded = this.loggedUpdates;
    try {
      return { state: await store.buildState(boardId, throughSeq), throughSeq, folded };
    } catch (error) {
      logger.warn("building the compacted state off the event loop failed; encoding it here", {
        boardId,
        error,
      });
      return undefined;
    }
  }

  /** Encode the live document on this thread, once everything applied to it is durable. */
  private async encodeDurable(): Promise<Compacted | undefined> {
    // The state must hold only durable updates: one whose append fails later (disk full) would
    // otherwise be stored anyway, though its sender was told to send it again.
    for (let waits = 0; this.hasUnpersisted; waits++) {
      if (waits === MAX_COMPACTION_WAITS) return undefined;
      await this.flush();
    }
    if (this.stopped) return undefined;
    // Every update through lastSeq was applied to the document before it was appended, so this
    // state includes them all. Updates appended while it is written get higher seqs and stay.
    return {
      state: encodeDurableState(this.options.doc),
      throughSeq: this.lastSeq,
      folded: this.loggedUpdates,
    };
  }
}
