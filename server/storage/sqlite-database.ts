import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrateDatabase } from "./db-migrations";
import type { CheckpointOptions } from "./wal-checkpointer";

export interface SqliteStoreOptions {
  /**
   * FULL (default) syncs the WAL on every commit, so an update the server relayed survives a power
   * loss; NORMAL survives a process crash (kill -9) but may lose the last commits on power loss.
   */
  synchronous?: "FULL" | "NORMAL";
  /**
   * The document store's WAL flush (D18), replaceable so tests can hold or fail it; by default an
   * fdatasync of the `-wal` file.
   */
  syncWal?: () => Promise<void>;
  /** How long a write waits for another process's lock before failing. */
  busyTimeoutMs?: number;
  /** The document store's WAL checkpoints, off the event loop (D21). */
  checkpoints?: CheckpointOptions;
  /**
   * Another connection to the file checkpoints it (the document store's, D21): this one never does, so
   * none of its commits copies the WAL on the event loop.
   */
  checkpointsElsewhere?: boolean;
}

/** Open (creating the file and its directory) a configured, migrated connection. */
export function openDatabase(file: string, options: SqliteStoreOptions = {}): Database.Database {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    enableIncrementalVacuum(db);
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${options.synchronous === "NORMAL" ? "NORMAL" : "FULL"}`);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.pragma("foreign_keys = ON");
    if (options.checkpointsElsewhere) db.pragma("wal_autocheckpoint = 0");
    // Keeps the WAL from staying at its high-water mark after a burst of writes.
    db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
    migrateDatabase(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Compaction deletes a board's update log; without auto-vacuum those pages stay in the file as free
 * pages and the file only ever grows. INCREMENTAL lets the store hand them back after each
 * compaction (`PRAGMA incremental_vacuum`) in a short write of its own. A new file just sets it; a
 * file made before this is rebuilt once with VACUUM, as SQLite requires.
 */
function enableIncrementalVacuum(db: Database.Database): void {
  const INCREMENTAL = 2;
  if (db.pragma("auto_vacuum", { simple: true }) === INCREMENTAL) return;
  db.pragma("auto_vacuum = INCREMENTAL");
  const tables = db.prepare("SELECT count(*) FROM sqlite_schema").pluck().get() as number;
  if (tables > 0) db.exec("VACUUM");
}
