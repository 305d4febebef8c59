import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrateDatabase } from "./db-migrations";

export interface SqliteStoreOptions {
  /**
   * FULL (default) syncs the WAL on every commit, so an update the server relayed survives a power
   * loss; NORMAL survives a process crash (kill -9) but may lose the last commits on power loss.
   */
  synchronous?: "FULL" | "NORMAL";
  /** How long a write waits for another process's lock before failing. */
  busyTimeoutMs?: number;
}

/** Open (creating the file and its directory) a configured, migrated connection. */
export function openDatabase(file: string, options: SqliteStoreOptions = {}): Database.Database {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${options.synchronous === "NORMAL" ? "NORMAL" : "FULL"}`);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.pragma("foreign_keys = ON");
    // Keeps the WAL from staying at its high-water mark after a burst of writes.
    db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
    migrateDatabase(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
