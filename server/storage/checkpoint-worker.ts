import Database from "better-sqlite3";
import { parentPort } from "node:worker_threads";
import type { WorkerResponse } from "../worker/request-worker";

export interface CheckpointRequest {
  id: number;
  /** checkpoint: copy the WAL's committed frames into the database file; close: let go of the file. */
  kind: "checkpoint" | "close";
  file: string;
  /** Past this many frames left in the WAL, make sure the next write starts it again (a RESTART). */
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

function connection(file: string): Database.Database {
  if (!db) {
    db = new Database(file, { fileMustExist: true });
    // What makes a checkpoint safe to overlap the store's writes: with NORMAL, SQLite syncs the WAL
    // before copying from it and syncs the database file before the WAL may be written over.
    db.pragma("synchronous = NORMAL");
    db.pragma(`busy_timeout = ${RESTART_WAIT_MS}`);
  }
  return db;
}

type CheckpointRow = { busy: number; log: number; checkpointed: number };

function checkpoint({ file, restartAboveFrames }: CheckpointRequest): CheckpointResult {
  const db = connection(file);
  // PASSIVE never waits for a lock and never holds up a writer: the store's commits carry on beside it.
  let [row] = db.pragma("wal_checkpoint(PASSIVE)") as CheckpointRow[];
  let restarted = false;
  // SQLite starts the WAL again only when a write begins with every frame copied and no reader in it;
  // under steady writes, beside a checkpoint that overlaps them, that may not happen for long, and the
  // WAL would keep growing. Past the limit, a RESTART copies what PASSIVE left (little or nothing) while
  // holding the store's writes back, and makes sure the next write starts the WAL from its beginning.
  if (row && row.log > restartAboveFrames) {
    [row] = db.pragma("wal_checkpoint(RESTART)") as CheckpointRow[];
    restarted = row?.busy === 0;
  }
  return { walFrames: row?.log ?? 0, checkpointedFrames: row?.checkpointed ?? 0, restarted };
}

function close(): void {
  db?.close();
  db = undefined;
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
