import Database from "better-sqlite3";
import { parentPort } from "node:worker_threads";
import type { WorkerResponse } from "../worker/request-worker";

export interface CheckpointRequest {
  id: number;
  /** checkpoint: copy the WAL's committed frames into the database file; close: let go of the file. */
  kind: "checkpoint" | "close";
  file: string;
}

/** What one PASSIVE checkpoint did: the WAL's frames, and how many of them are in the database file. */
export interface CheckpointResult {
  walFrames: number;
  checkpointedFrames: number;
}

// Runs in a worker thread (D21): a checkpoint copies the WAL's pages into the database file and syncs
// both files, tens of milliseconds on a busy disk, which inside a commit on the main thread stalled
// every board. PASSIVE never waits for a lock and never blocks the main thread's writes: WAL lets a
// checkpoint run beside a writer. This connection only checkpoints; it writes no rows.
const connections = new Map<string, Database.Database>();

function connection(file: string): Database.Database {
  let db = connections.get(file);
  if (!db) {
    db = new Database(file, { fileMustExist: true });
    connections.set(file, db);
  }
  return db;
}

function checkpoint(file: string): CheckpointResult {
  const [row] = connection(file).pragma("wal_checkpoint(PASSIVE)") as {
    busy: number;
    log: number;
    checkpointed: number;
  }[];
  return { walFrames: row?.log ?? 0, checkpointedFrames: row?.checkpointed ?? 0 };
}

function close(file: string): CheckpointResult {
  connections.get(file)?.close();
  connections.delete(file);
  return { walFrames: 0, checkpointedFrames: 0 };
}

parentPort?.on("message", (request: CheckpointRequest) => {
  let response: WorkerResponse<CheckpointResult>;
  try {
    const value = request.kind === "close" ? close(request.file) : checkpoint(request.file);
    response = { id: request.id, value };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
