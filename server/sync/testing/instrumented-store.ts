import type { BoardRecord, DocStore, StoredDoc } from "../../storage/doc-store";

export interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}

export function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * A real store with its calls counted, and switches to hold appends open or make a call fail.
 * It wraps the store under test; it does not replace it.
 */
export class InstrumentedStore implements DocStore {
  loadCalls = 0;
  appendCalls = 0;
  compactCalls = 0;
  /** The most appends that were ever in progress at once. */
  maxConcurrentAppends = 0;
  private concurrentAppends = 0;
  /** While set, each call of that kind waits for it before touching the store. */
  holdLoads?: Deferred;
  holdAppends?: Deferred;
  holdCompactions?: Deferred;
  failLoads = false;
  failAppends = false;
  /** Fail only the appends whose batch this picks (as an I/O error on one write would). */
  failAppendsOf?: (updates: Uint8Array[]) => boolean;

  buildCalls = 0;
  joinCalls = 0;
  holdJoins?: Deferred;
  failJoins = false;
  /** Present when the inner store has them, so the sync core takes the same paths as in production. */
  readonly buildState?: (id: string, throughSeq: number) => Promise<Uint8Array>;
  readonly joinerUpdate?: (id: string, durableSeq: number, stateVector: Uint8Array) => Promise<Uint8Array>;
  readonly appendSoon?: () => void;
  readonly prestart?: () => void;
  prestartCalls = 0;

  constructor(readonly inner: DocStore) {
    const { buildState, joinerUpdate, appendSoon } = inner;
    if (joinerUpdate) {
      this.joinerUpdate = async (id, durableSeq, stateVector) => {
        this.joinCalls++;
        await this.holdJoins?.promise;
        if (this.failJoins) throw new Error("join build failed (test)");
        return joinerUpdate.call(inner, id, durableSeq, stateVector);
      };
    }
    if (buildState) {
      this.buildState = (id, throughSeq) => {
        this.buildCalls++;
        return buildState.call(inner, id, throughSeq);
      };
    }
    if (appendSoon) this.appendSoon = () => appendSoon.call(inner);
    const { prestart } = inner;
    if (prestart) {
      this.prestart = () => {
        this.prestartCalls++;
        prestart.call(inner);
      };
    }
  }

  createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    return this.inner.createBoard(board, initialState);
  }

  getBoard(id: string): Promise<BoardRecord | undefined> {
    return this.inner.getBoard(id);
  }

  async loadDoc(id: string): Promise<StoredDoc | undefined> {
    this.loadCalls++;
    await this.holdLoads?.promise;
    if (this.failLoads) throw new Error("load failed (test)");
    return this.inner.loadDoc(id);
  }

  async appendUpdates(id: string, updates: Uint8Array[]): Promise<number> {
    this.appendCalls++;
    this.maxConcurrentAppends = Math.max(this.maxConcurrentAppends, ++this.concurrentAppends);
    try {
      await this.holdAppends?.promise;
      if (this.failAppends || this.failAppendsOf?.(updates)) throw new Error("append failed (test)");
      return await this.inner.appendUpdates(id, updates);
    } finally {
      this.concurrentAppends--;
    }
  }

  async compact(id: string, state: Uint8Array, throughSeq: number): Promise<void> {
    this.compactCalls++;
    await this.holdCompactions?.promise;
    return this.inner.compact(id, state, throughSeq);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
