import type { BoardRecord, DocStore, StoredDoc } from "./doc-store";
import { BoardNotFoundError, CompactionRangeError } from "./store-errors";

interface MemoryBoard {
  record: BoardRecord;
  state: Uint8Array | null;
  compactedSeq: number;
  updates: { seq: number; bytes: Uint8Array }[];
}

/**
 * A DocStore in plain memory: the reference the SQLite store is checked against and a fast store
 * for unit tests. Bytes are copied in and out, so callers never share buffers with it.
 */
export class MemoryStore implements DocStore {
  private readonly boards = new Map<string, MemoryBoard>();
  private closed = false;

  async createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    this.assertOpen();
    if (this.boards.has(board.id)) throw new Error(`board ${board.id} already exists`);
    this.boards.set(board.id, {
      record: { ...board },
      state: initialState.slice(),
      compactedSeq: 0,
      updates: [],
    });
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    this.assertOpen();
    const board = this.boards.get(id);
    return board && { ...board.record };
  }

  async loadDoc(id: string): Promise<StoredDoc | undefined> {
    this.assertOpen();
    const board = this.boards.get(id);
    if (!board) return undefined;
    return {
      state: board.state && board.state.slice(),
      updates: board.updates.map((update) => update.bytes.slice()),
      lastSeq: lastSeq(board),
    };
  }

  async appendUpdates(id: string, updates: Uint8Array[]): Promise<number> {
    this.assertOpen();
    const board = this.boards.get(id);
    if (!board) throw new BoardNotFoundError(id);
    let seq = lastSeq(board);
    for (const update of updates) board.updates.push({ seq: ++seq, bytes: update.slice() });
    if (updates.length > 0) board.record.updatedAt = new Date().toISOString();
    return seq;
  }

  async compact(id: string, state: Uint8Array, throughSeq: number): Promise<void> {
    this.assertOpen();
    const board = this.boards.get(id);
    if (!board) throw new BoardNotFoundError(id);
    if (throughSeq < board.compactedSeq || throughSeq > lastSeq(board)) {
      throw new CompactionRangeError(id, throughSeq, board.compactedSeq, lastSeq(board));
    }
    board.state = state.slice();
    board.compactedSeq = throughSeq;
    board.updates = board.updates.filter((update) => update.seq > throughSeq);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("memory store is closed");
  }
}

function lastSeq(board: MemoryBoard): number {
  return board.updates.at(-1)?.seq ?? board.compactedSeq;
}
