import type { Database } from "better-sqlite3";
import { BoardNotFoundError, CompactionRangeError } from "./store-errors";
import { STATE_CHUNK_BYTES, chunksOf } from "./stored-state";

/** Free pages (4 KiB each) at which a compaction hands them back: a small board's fold frees a few. */
const VACUUM_AFTER_FREE_PAGES = 64;

/** Pages handed back to the file system per turn when a large fold is tidied up (1 MiB). */
const VACUUM_PAGES_PER_TURN = 256;

/** What the writer needs of the store that owns the connection. */
export interface StateWriterHost {
  /** The board's last appended seq (at least `compactedSeq`). */
  lastSeq(boardId: string, compactedSeq: number): number;
  /** The store is closing: a compaction still writing its parts gives up (they are tidied at next open). */
  closing(): boolean;
}

interface Head {
  generation: number;
  chunks: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes compacted states (D4, D16, D19). A state and a fold small enough are written as before, in
 * one transaction with the log's deletion. A large one is written in parts of at most
 * STATE_CHUNK_BYTES, each in its own transaction and turn of the event loop, under a new generation
 * that nothing reads yet; one short transaction then makes it the board's state. The parts it
 * replaces, the folded log and the freed pages go in later turns, a bounded piece at a time: until
 * then readers skip them (they read the generation in use, and the log after the state's seq).
 * Appends and every other board's frames carry on between the turns.
 */
export class StateWriter {
  private readonly statements;
  /** Nested in a transaction: a savepoint. */
  private readonly vacuumAll: () => void;
  /** Each board's compactions and tidying, one after the other: a board has one writer of its state. */
  private readonly perBoard = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly host: StateWriterHost,
  ) {
    this.statements = {
      selectHead: db.prepare<[string], { through_seq: number; generation: number; chunks: number }>(
        "SELECT through_seq, generation, chunks FROM doc_state WHERE board_id = ?",
      ),
      maxChunkGeneration: db
        .prepare<[string], number | null>("SELECT MAX(generation) FROM doc_state_chunks WHERE board_id = ?")
        .pluck(),
      foldedLogBytes: db
        .prepare<[string, number], number | null>(
          "SELECT SUM(length(update_bytes)) FROM doc_updates WHERE board_id = ? AND seq <= ?",
        )
        .pluck(),
      replaceState: db.prepare<[Uint8Array, number, number, string]>(
        "UPDATE doc_state SET state = ?, through_seq = ?, generation = ?, chunks = 0 WHERE board_id = ?",
      ),
      useChunks: db.prepare<[number, number, number, string]>(
        "UPDATE doc_state SET state = NULL, through_seq = ?, generation = ?, chunks = ? WHERE board_id = ?",
      ),
      insertChunk: db.prepare<[string, number, number, Uint8Array]>(
        "INSERT INTO doc_state_chunks (board_id, generation, idx, bytes) VALUES (?, ?, ?, ?)",
      ),
      deleteUpdatesThrough: db.prepare<[string, number]>(
        "DELETE FROM doc_updates WHERE board_id = ? AND seq <= ?",
      ),
      // One row of the parts not in use, or the folded log's oldest rows up to about a part's bytes.
      staleChunk: db.prepare<[string, number], { generation: number; idx: number }>(
        "SELECT generation, idx FROM doc_state_chunks WHERE board_id = ? AND generation != ? LIMIT 1",
      ),
      deleteChunk: db.prepare<[string, number, number]>(
        "DELETE FROM doc_state_chunks WHERE board_id = ? AND generation = ? AND idx = ?",
      ),
      foldedRows: db.prepare<[string, number], { seq: number; bytes: number }>(
        "SELECT seq, length(update_bytes) AS bytes FROM doc_updates WHERE board_id = ? AND seq <= ? ORDER BY seq",
      ),
      freelistCount: db.prepare<[], number>("PRAGMA freelist_count").pluck(),
      boardsToTidy: db
        .prepare<[], string>(
          `SELECT board_id FROM doc_state s
             WHERE EXISTS (SELECT 1 FROM doc_state_chunks c WHERE c.board_id = s.board_id AND c.generation != s.generation)
                OR EXISTS (SELECT 1 FROM doc_updates u WHERE u.board_id = s.board_id AND u.seq <= s.through_seq)`,
        )
        .pluck(),
    };
    this.vacuumAll = db.transaction(() => void db.pragma("incremental_vacuum"));
  }

  /** Replace the board's state with `state`, folding its log through `throughSeq` (D4, D5). */
  compact(boardId: string, state: Uint8Array, throughSeq: number): Promise<void> {
    return this.serially(boardId, () => this.write(boardId, state, throughSeq));
  }

  /**
   * Tidy what an interrupted compaction left (parts of a generation not in use, log rows already
   * folded): at open, in the background, a piece per turn.
   */
  tidyLeftovers(): void {
    for (const boardId of this.statements.boardsToTidy.all()) {
      void this.serially(boardId, () => this.tidy(boardId)).catch(() => undefined);
    }
  }

  /** Resolves once every compaction and tidying asked for so far has ended. */
  async idle(): Promise<void> {
    while (this.perBoard.size > 0) await Promise.allSettled([...this.perBoard.values()]);
  }

  private serially(boardId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.perBoard.get(boardId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(work);
    const settled = run.catch(() => undefined);
    this.perBoard.set(boardId, settled);
    void settled.then(() => {
      if (this.perBoard.get(boardId) === settled) this.perBoard.delete(boardId);
    });
    return run;
  }

  private async write(boardId: string, state: Uint8Array, throughSeq: number): Promise<void> {
    const small =
      state.byteLength <= STATE_CHUNK_BYTES &&
      (this.statements.foldedLogBytes.get(boardId, throughSeq) ?? 0) <= STATE_CHUNK_BYTES;
    if (small) return this.writeAtOnce(boardId, state, throughSeq);
    // Checked before the parts are written, and again when they are put in use.
    const generation = this.db.transaction(() =>
      this.nextGeneration(boardId, this.checkRange(boardId, throughSeq)),
    )();
    try {
      await this.writeParts(boardId, state, throughSeq, generation);
    } catch (error) {
      // A full disk, a deleted board, an I/O error: the parts written so far are never read, and would
      // hold space every board's appends need. They go now (after this run, before the next compaction).
      if (!this.host.closing()) this.tidyLater(boardId);
      throw error;
    }
    this.tidyLater(boardId);
  }

  private async writeParts(
    boardId: string,
    state: Uint8Array,
    throughSeq: number,
    generation: number,
  ): Promise<void> {
    const parts = chunksOf(state);
    for (const [index, part] of parts.entries()) {
      await nextTurn();
      this.giveUpIfClosing();
      this.db
        .transaction(() => {
          try {
            this.statements.insertChunk.run(boardId, generation, index, part);
          } catch (error) {
            // Deleted since: its foreign key is gone.
            if (isSqliteError(error, "SQLITE_CONSTRAINT_FOREIGNKEY")) throw new BoardNotFoundError(boardId);
            throw error;
          }
        })
        .immediate();
    }
    await nextTurn();
    this.giveUpIfClosing();
    this.db
      .transaction(() => {
        this.checkRange(boardId, throughSeq);
        this.statements.useChunks.run(throughSeq, generation, parts.length, boardId);
      })
      .immediate();
  }

  /**
   * Tidy the board after this run, in the board's queue (so never while a later compaction writes its
   * parts). Not awaited by the compaction, which stands once its state is in use: a failure here only
   * leaves rows nothing reads, which the board's next compaction or the next open tidies.
   */
  private tidyLater(boardId: string): void {
    void this.serially(boardId, () => this.tidy(boardId)).catch(() => undefined);
  }

  /**
   * A small state over a small fold: replaced, the log deleted and (past 64 free pages) the pages
   * handed back in ONE commit (D16). Parts of a large state it replaces are tidied after, a turn each.
   */
  private async writeAtOnce(boardId: string, state: Uint8Array, throughSeq: number): Promise<void> {
    const replacedParts = this.db
      .transaction(() => {
        const head = this.checkRange(boardId, throughSeq);
        this.statements.replaceState.run(state, throughSeq, this.nextGeneration(boardId, head), boardId);
        this.statements.deleteUpdatesThrough.run(boardId, throughSeq);
        this.vacuumFreePages();
        return head.chunks > 0;
      })
      .immediate();
    if (replacedParts) this.tidyLater(boardId);
  }

  /**
   * One bounded piece per turn: a part not in use, or about a part's bytes of the folded log, then the
   * free pages a part's size at a time. Stops when the store closes; the next open carries on.
   */
  private async tidy(boardId: string): Promise<void> {
    let tidied = false;
    for (;;) {
      await nextTurn();
      if (this.host.closing() || !this.db.open) return;
      const head = this.statements.selectHead.get(boardId);
      if (!head) return;
      if (this.db.transaction(() => this.tidyPiece(boardId, head.generation, head.through_seq)).immediate()) {
        tidied = true;
        continue;
      }
      const free = this.statements.freelistCount.get() ?? 0;
      if (free === 0 || (!tidied && free < VACUUM_AFTER_FREE_PAGES)) return;
      this.db
        .transaction(() => void this.db.pragma(`incremental_vacuum(${VACUUM_PAGES_PER_TURN})`))
        .immediate();
    }
  }

  /** Delete one stale part or one run of folded log rows; false when there is none left. */
  private tidyPiece(boardId: string, generation: number, throughSeq: number): boolean {
    const stale = this.statements.staleChunk.get(boardId, generation);
    if (stale) {
      this.statements.deleteChunk.run(boardId, stale.generation, stale.idx);
      return true;
    }
    let lastSeq: number | undefined;
    let bytes = 0;
    for (const row of this.statements.foldedRows.iterate(boardId, throughSeq)) {
      if (lastSeq !== undefined && bytes + row.bytes > STATE_CHUNK_BYTES) break;
      lastSeq = row.seq;
      bytes += row.bytes;
    }
    if (lastSeq === undefined) return false;
    this.statements.deleteUpdatesThrough.run(boardId, lastSeq);
    return true;
  }

  /** A generation no part of the board's has: parts an interrupted compaction left are never reused. */
  private nextGeneration(boardId: string, head: Head): number {
    return Math.max(head.generation, this.statements.maxChunkGeneration.get(boardId) ?? 0) + 1;
  }

  /** D5: never fold updates that were not appended, nor put an older state over a newer one. */
  private checkRange(boardId: string, throughSeq: number): Head {
    const head = this.statements.selectHead.get(boardId);
    if (!head) throw new BoardNotFoundError(boardId);
    const lastSeq = this.host.lastSeq(boardId, head.through_seq);
    if (throughSeq < head.through_seq || throughSeq > lastSeq) {
      throw new CompactionRangeError(boardId, throughSeq, head.through_seq, lastSeq);
    }
    return { generation: head.generation, chunks: head.chunks };
  }

  private giveUpIfClosing(): void {
    if (this.host.closing() || !this.db.open) throw new Error("The store closed during the compaction.");
  }

  /**
   * The folded log's pages go back to the file system, so the file tracks the live data (D16): in
   * the compaction's own transaction (one commit, one fsync), once enough pages are free to be
   * worth moving. Best effort, in a savepoint: the compaction stands whatever happens here.
   */
  private vacuumFreePages(): void {
    if ((this.statements.freelistCount.get() ?? 0) < VACUUM_AFTER_FREE_PAGES) return;
    try {
      this.vacuumAll();
    } catch (error) {
      // A full disk or I/O error that undid the whole transaction: the compaction fails with it.
      if (!this.db.inTransaction) throw error;
    }
  }
}

export function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === code;
}
