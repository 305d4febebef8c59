/** A board's catalogue row: what the HTTP API needs without loading the document. */
export interface BoardRecord {
  id: string;
  /** The title at creation; the live title is in the document's meta. */
  title: string;
  template: string;
  createdAt: string;
  updatedAt: string;
}

/** What storage holds for one board's document: a compacted state plus the updates appended since. */
export interface StoredDoc {
  /** The compacted state (a Yjs update), or null before the first compaction. */
  state: Uint8Array | null;
  /** Updates appended after `state`, oldest first. */
  updates: Uint8Array[];
  /** The sequence number of the last update in `updates` (or of the last one folded into `state`). */
  lastSeq: number;
}

/**
 * The narrow storage interface the sync core sees. Async so that later engines (PostgreSQL) fit;
 * the SQLite implementation is synchronous underneath. Every method that resolves has made its
 * write durable (committed) before resolving.
 */
export interface DocStore {
  /** Create a board with its initial document state in one transaction. */
  createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | undefined>;
  /** The stored document, or undefined when the board does not exist. */
  loadDoc(id: string): Promise<StoredDoc | undefined>;
  /** Append updates durably in ONE transaction; resolves with the sequence number of the last one. */
  appendUpdates(id: string, updates: Uint8Array[]): Promise<number>;
  /**
   * Optional hint: an append will be asked for later in this turn of the event loop (a room has
   * scheduled its flush). A store that groups appends into one commit schedules that commit now, so
   * it runs in this turn rather than the next.
   */
  appendSoon?(): void;
  /**
   * Optional: the compacted state of what is stored (state plus log through `throughSeq`), built off
   * the event loop. Compaction then never encodes a large document on the main thread.
   */
  buildState?(id: string, throughSeq: number): Promise<Uint8Array>;
  /**
   * Optional: what a joiner holding `stateVector` lacks of the board as stored through `durableSeq`
   * (a seq the caller knows is durable; nothing after it is read), as one update, built off the event
   * loop. A large board's joiner then never waits for, nor stalls, the main thread's encode.
   */
  joinerUpdate?(id: string, durableSeq: number, stateVector: Uint8Array): Promise<Uint8Array>;
  /** Optional: start what serves joiners (worker threads) now, rather than on the first joiner's path. */
  prestart?(): void;
  /** Replace the state with `state` and drop the appended updates up to and including `throughSeq`. */
  compact(id: string, state: Uint8Array, throughSeq: number): Promise<void>;
  close(): Promise<void>;
}
