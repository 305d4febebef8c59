import Database from "better-sqlite3";
import { closeSync, fdatasyncSync, openSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import type { WorkerResponse } from "../worker/request-worker";

export interface CheckpointRequest {
  id: number;
  /** checkpoint: copy the WAL's committed frames into the database file; close: let go of the file. */
  kind: "checkpoint" | "close";
  file: string;
  /** Below this many frames in the WAL, do nothing (SQLite's own threshold is 1,000). */
  startAboveFrames: number;
  /** Past this many frames in the WAL, make sure the next write starts it again (a RESTART). */
  restartAboveFrames: number;
}

/** The WAL's frames after the checkpoint, and how many of them are in the database file. */
export interface CheckpointResult {
  walFrames: number;
  checkpointedFrames: number;
  restarted: boolean;
}

/**
 * How long a RESTART waits for the store's write in progress and for readers to leave the WAL. It holds
 * the store's writes back while it waits (they wait on the main thread), so briefly: the store's commits
 * take milliseconds, a state builder's read may take longer, and the next tick tries again.
 */
const RESTART_WAIT_MS = 25;

// Runs in a worker thread (D21): a checkpoint copies the WAL's pages into the database file and syncs
// both files, tens of milliseconds on a busy disk, which inside a commit on the main thread stalled
// every board. This connection only checkpoints; it writes no rows. One worker serves one store's file.
let db: Database.Database | undefined;
/** The database file's own descriptor, to sync what PASSIVE copied before a RESTART takes the write lock. */
let dbFile: number | undefined;
/** The WAL's length at the last RESTART: until a write starts the WAL again, another would do nothing. */
let restartedAt = -1;

function connection(file: string): Database.Database {
  if (!db) {
    db = new Database(file, { fileMustExist: true });
    // What makes a checkpoint safe to overlap the store's writes: with NORMAL, SQLite syncs the WAL
    // before copying from it and syncs the database file before the WAL may be written over.
    db.pragma("synchronous = NORMAL");
    db.pragma(`busy_timeout = ${RESTART_WAIT_MS}`);
    dbFile = openSync(file, "r");
  }
  return db;
}

type CheckpointRow = { busy: number; log: number; checkpointed: number };

const result = (row: CheckpointRow | undefined, restarted = false): CheckpointResult => ({
  walFrames: row?.log ?? 0,
  checkpointedFrames: row?.checkpointed ?? 0,
  restarted,
});

function checkpoint({ file, startAboveFrames, restartAboveFrames }: CheckpointRequest): CheckpointResult {
  const db = connection(file);
  // NOOP only reads the WAL's length: a short WAL is left alone, so SQLite starts it again (a commit that
  // syncs the WAL's header, on the main thread) about as rarely as with its own checkpoints.
  const [seen] = db.pragma("wal_checkpoint(NOOP)") as CheckpointRow[];
  if (!seen || seen.log < startAboveFrames) return result(seen);
  let row = seen;
  // PASSIVE never waits for a lock and never holds up a writer: the store's commits carry on beside it.
  if (seen.checkpointed < seen.log) {
    row = (db.pragma("wal_checkpoint(PASSIVE)") as CheckpointRow[])[0] ?? seen;
  }
  // SQLite starts the WAL again only when a write begins with every frame copied and no reader in it;
  // under steady writes, beside a checkpoint that overlaps them, that may not happen for long, and the
  // WAL would keep growing. Past the limit, a RESTART makes sure the next write starts it from its
  // beginning. It holds the store's writes back while it runs, so first the pages PASSIVE copied are
  // synced here, outside the lock: the RESTART then syncs only the few frames it copies itself.
  if (row.log > restartAboveFrames && row.log !== restartedAt) {
    if (dbFile !== undefined) fdatasyncSync(dbFile);
    const [restart] = db.pragma("wal_checkpoint(RESTART)") as CheckpointRow[];
    // Busy (a write or a reader outlasted the wait) is an answer, not an error: the next tick tries again.
    if (restart?.busy === 0) {
      restartedAt = restart.log;
      return result(restart, true);
    }
  }
  return result(row);
}

function close(): void {
  db?.close();
  db = undefined;
  if (dbFile !== undefined) closeSync(dbFile);
  dbFile = undefined;
}

parentPort?.on("message", (request: CheckpointRequest) => {
  let response: WorkerResponse<CheckpointResult | null>;
  try {
    if (request.kind === "close") {
      close();
      response = { id: request.id, value: null };
    } else response = { id: request.id, value: checkpoint(request) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
