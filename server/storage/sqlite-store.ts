import type { Database } from "better-sqlite3";
import type { BoardRecord, DocStore, StoredDoc } from "./doc-store";
import { openDatabase, type SqliteStoreOptions } from "./sqlite-database";
import { BoardNotFoundError } from "./store-errors";
import { prepareInsertBoard } from "./board-rows";
import { StateBuilder } from "./state-builder";
import { isSqliteError, StateWriter } from "./state-writer";
import { prepareReadLog, prepareReadState } from "./stored-state";
import { WalCheckpointer, workerCheckpoints } from "./wal-checkpointer";
import { WalFile, WalSync } from "./wal-sync";

interface BoardRow {
  id: string;
  title: string;
  template: string;
  created_at: string;
  updated_at: string;
}

/** The SQLite DocStore, and a cap on the file's size (how a full disk is reproduced in tests). */
export interface SqliteDocStore extends DocStore {
  /** Pages the database file has now. */
  pageCount(): number;
  /**
   * Let the file grow to at most `pages` pages: past it, writes fail with SQLITE_FULL as on a full
   * disk, and their transaction is rolled back. Returns the cap in effect.
   */
  setMaxPageCount(pages: number): number;
  /** Write transactions committed so far by appends (group commits): a diagnostic for tests. */
  appendCommits(): number;
  appendSoon(): void;
  buildState(id: string, throughSeq: number): Promise<Uint8Array>;
  joinerUpdate(id: string, durableSeq: number, stateVector: Uint8Array): Promise<Uint8Array>;
  prestart(): void;
  /** Resolves once every compaction and the tidying after it have ended (for tests). */
  stateWritesSettled(): Promise<void>;
  /** The joiners' worker is running (a diagnostic for tests). */
  joinsReady(): boolean;
}

/** One board's appends waiting for the next group commit. */
interface QueuedAppend {
  id: string;
  updates: Uint8Array[];
  resolve(seq: number): void;
  reject(error: unknown): void;
}

type AppendResult = { ok: true; seq: number } | { ok: false; error: unknown };

/** What the store knows of a board's log without asking SQLite: it is the file's only writer. */
interface KnownLog {
  lastSeq: number;
  /** When `updated_at` was last written (Date.now()). */
  touchedAt: number;
}

/** `updated_at` is a "last edited" time for people: written at most this often per board. */
const TOUCH_EVERY_MS = 5000;

/** The SQLite DocStore: one file in WAL mode, synchronous statements behind the async interface. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteDocStore {
  const inMemory = file === ":memory:";
  const db = openDatabase(file, { ...options, synchronous: "NORMAL" });
  return new SqliteStore(
    db,
    inMemory ? undefined : new StateBuilder(file),
    walSyncFor(file, options),
    inMemory ? undefined : new WalCheckpointer(db, workerCheckpoints(file), options.checkpoints),
  );
}

/** FULL durability without FULL's fsync inside COMMIT: the WAL is synced off the event loop (D18). */
function walSyncFor(file: string, options: SqliteStoreOptions): WalSync | undefined {
  if (file === ":memory:" || options.synchronous === "NORMAL") return undefined;
  if (options.syncWal) return new WalSync(options.syncWal);
  const wal = new WalFile(`${file}-wal`);
  return new WalSync(
    () => wal.datasync(),
    () => wal.close(),
  );
}

class SqliteStore implements SqliteDocStore {
  private readonly statements;
  private readonly insertBoard;
  /** Inside the group commit's transaction: one board's updates, after its last seq. */
  private readonly appendBoard: (id: string, updates: Uint8Array[]) => number;
  private readonly readState;
  private readonly readLog;
  /** Compactions, written a bounded piece per turn (D19). */
  private readonly stateWriter: StateWriter;
  private closing = false;
  /** Appends asked for since the last group commit, in order. */
  private queued: QueuedAppend[] = [];
  /**
   * Each appended board's last seq, so an append is one INSERT: reading it back from SQLite cost
   * more than the insert (the state row's blob lies between the key and `through_seq`).
   */
  private readonly known = new Map<string, KnownLog>();
  /** What the group commit in progress changes of `known`: kept only if it commits. */
  private readonly staged = new Map<string, KnownLog>();
  private commitScheduled = false;
  private commits = 0;
  /** Group commits whose WAL sync has not completed: their rows are readable but not yet durable. */
  private unsynced = 0;

  constructor(
    private readonly db: Database,
    /** Absent for an in-memory database, which another thread cannot open. */
    private readonly builder?: StateBuilder,
    /** Absent when commits are not to wait for the disk (NORMAL, or in memory). */
    private readonly walSync?: WalSync,
    /** Checkpoints off the event loop (D21); absent in memory, which has no WAL. */
    private readonly checkpointer?: WalCheckpointer,
  ) {
    this.insertBoard = prepareInsertBoard(db);
    this.statements = {
      selectBoard: db.prepare<[string], BoardRow>(
        "SELECT id, title, template, created_at, updated_at FROM boards WHERE id = ?",
      ),
      touchBoard: db.prepare<[string, string]>("UPDATE boards SET updated_at = ? WHERE id = ?"),
      selectThroughSeq: db
        .prepare<[string], number>("SELECT through_seq FROM doc_state WHERE board_id = ?")
        .pluck(),
      selectLastSeq: db
        .prepare<[string], number | null>("SELECT MAX(seq) FROM doc_updates WHERE board_id = ?")
        .pluck(),
      insertUpdate: db.prepare<[string, number, Uint8Array]>(
        "INSERT INTO doc_updates (board_id, seq, update_bytes) VALUES (?, ?, ?)",
      ),
    };
    this.readState = prepareReadState(db);
    this.readLog = prepareReadLog(db);
    this.stateWriter = new StateWriter(db, {
      lastSeq: (id, compactedSeq) => this.knownLog(id, compactedSeq).lastSeq,
      closing: () => this.closing,
    });
    this.stateWriter.tidyLeftovers();
    this.appendBoard = db.transaction((id: string, updates: Uint8Array[]): number => {
      const known = this.knownLog(id);
      let seq = known.lastSeq;
      try {
        for (const update of updates) this.statements.insertUpdate.run(id, ++seq, update);
      } catch (error) {
        // The board was deleted since its log was read: its foreign key is gone.
        if (isSqliteError(error, "SQLITE_CONSTRAINT_FOREIGNKEY")) throw new BoardNotFoundError(id);
        throw error;
      }
      const now = Date.now();
      if (updates.length > 0 && now - known.touchedAt >= TOUCH_EVERY_MS) {
        this.statements.touchBoard.run(new Date(now).toISOString(), id);
        known.touchedAt = now;
      }
      known.lastSeq = seq;
      this.staged.set(id, known);
      return seq;
    });
  }

  /** The board's log as this store last wrote it, read from SQLite the first time. */
  private knownLog(id: string, compactedSeq = this.statements.selectThroughSeq.get(id)): KnownLog {
    const cached = this.staged.get(id) ?? this.known.get(id);
    if (cached) return { ...cached };
    if (compactedSeq === undefined) throw new BoardNotFoundError(id);
    return { lastSeq: this.lastSeq(id, compactedSeq), touchedAt: 0 };
  }

  async createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    this.db.transaction(() => this.insertBoard(board, initialState)).immediate();
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const row = this.statements.selectBoard.get(id);
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      template: row.template,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async loadDoc(id: string): Promise<StoredDoc | undefined> {
    // A room never starts from rows that are not durable yet (it would relay them to its joiners).
    if (this.unsynced > 0) await this.walSync?.request();
    // One read transaction, so a concurrent writer cannot slip between the state and the log.
    return this.db.transaction((): StoredDoc | undefined => {
      const stored = this.readState(id);
      if (!stored) return undefined;
      return {
        state: stored.state,
        updates: this.readLog(id, stored.throughSeq),
        lastSeq: this.lastSeq(id, stored.throughSeq),
      };
    })();
  }

  /**
   * Group commit: every board's appends asked for in one turn of the event loop are committed in ONE
   * transaction on the next, so a server with hundreds of busy boards pays one fsync per tick rather
   * than one per board. Each promise still resolves only once its updates are committed.
   */
  appendUpdates(id: string, updates: Uint8Array[]): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queued.push({ id, updates, resolve, reject });
      this.scheduleCommit();
    });
  }

  /**
   * Rooms flush on `setImmediate`; a commit scheduled when they schedule theirs runs in the same
   * check phase, right after their appends, instead of one loop turn later.
   */
  appendSoon(): void {
    this.scheduleCommit();
  }

  private scheduleCommit(): void {
    if (this.commitScheduled) return;
    this.commitScheduled = true;
    setImmediate(() => {
      // While the WAL is being flushed, appends gather for one commit after it (D18): committing every
      // tick would cost a commit and a flush per tick for the same durability, and these appends could
      // not resolve before the running flush ends anyway.
      if (this.walSync?.busy) void this.walSync.idle().then(() => this.commitQueued());
      else this.commitQueued();
    });
  }

  private commitQueued(): void {
    this.commitScheduled = false;
    const batch = this.queued;
    this.queued = [];
    if (batch.length === 0 || !this.db.open) {
      for (const entry of batch) entry.reject(new Error("The store is closed."));
      return;
    }
    const results: AppendResult[] = [];
    this.staged.clear();
    try {
      this.db
        .transaction(() => {
          for (const { id, updates } of batch) {
            try {
              // A nested transaction is a savepoint: one board's failure (it was deleted) undoes only its own rows.
              results.push({ ok: true, seq: this.appendBoard(id, updates) });
            } catch (error) {
              // SQLITE_FULL or an I/O error can roll back the whole transaction: then nothing of it stands.
              if (!this.db.inTransaction) throw error;
              results.push({ ok: false, error });
            }
          }
        })
        .immediate();
      this.commits++;
      for (const [id, log] of this.staged) this.known.set(id, log);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    } finally {
      this.staged.clear();
    }
    const settle = () =>
      batch.forEach((entry, index) => {
        const result = results[index] as AppendResult;
        if (result.ok) entry.resolve(result.seq);
        else entry.reject(result.error);
      });
    if (!this.walSync) return settle();
    // Committed, not yet on disk: each append resolves once the WAL holding it is (D18).
    this.unsynced++;
    this.walSync.request().then(
      () => {
        this.unsynced--;
        settle();
      },
      (cause: unknown) => {
        this.unsynced--;
        const error = new Error("The write-ahead log could not be synced to disk.", { cause });
        for (const entry of batch) entry.reject(error);
      },
    );
  }

  compact(id: string, state: Uint8Array, throughSeq: number): Promise<void> {
    return this.stateWriter.compact(id, state, throughSeq);
  }

  pageCount(): number {
    return this.db.pragma("page_count", { simple: true }) as number;
  }

  setMaxPageCount(pages: number): number {
    return this.db.pragma(`max_page_count = ${Math.max(1, Math.floor(pages))}`, { simple: true }) as number;
  }

  buildState(id: string, throughSeq: number): Promise<Uint8Array> {
    if (!this.builder) return Promise.reject(new Error("An in-memory store has no state builder."));
    return this.builder.build(id, throughSeq);
  }

  async joinerUpdate(id: string, durableSeq: number, stateVector: Uint8Array): Promise<Uint8Array> {
    if (!this.builder) throw new Error("An in-memory store has no state builder.");
    return this.builder.joinerUpdate(id, durableSeq, stateVector);
  }

  prestart(): void {
    this.builder?.prestartJoins();
  }

  stateWritesSettled(): Promise<void> {
    return this.stateWriter.idle();
  }

  joinsReady(): boolean {
    return this.builder?.joinsReady ?? false;
  }

  appendCommits(): number {
    return this.commits;
  }

  async close(): Promise<void> {
    // Appends already asked for are committed first: each was promised a durable answer.
    if (this.queued.length > 0 && this.db.open) this.commitQueued();
    // A compaction still writing its parts gives up at its next turn; the next open tidies them.
    this.closing = true;
    await this.stateWriter.idle();
    await this.walSync?.close();
    await this.checkpointer?.close();
    await this.builder?.close();
    if (this.db.open) this.db.close();
  }

  private lastSeq(id: string, compactedSeq: number): number {
    return Math.max(compactedSeq, this.statements.selectLastSeq.get(id) ?? 0);
  }
}

export type { SqliteStoreOptions } from "./sqlite-database";
