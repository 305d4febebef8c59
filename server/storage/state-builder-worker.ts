import Database from "better-sqlite3";
import { parentPort } from "node:worker_threads";
import * as Y from "yjs";
import type { WorkerResponse } from "../worker/request-worker";
import { prepareReadLog, prepareReadState } from "./stored-state";

export interface BuildRequest {
  id: number;
  /** build: the compacted state (a document built and encoded); join: a joiner's update (merged, no document). */
  kind: "build" | "join";
  file: string;
  boardId: string;
  throughSeq: number;
  /** join only: what the joiner holds already. */
  stateVector?: Uint8Array;
}

interface StoredRows {
  state: Uint8Array | null;
  throughSeq: number;
  updates: Uint8Array[];
}

// Runs in a worker thread: applying and re-encoding a large board's history takes tens to hundreds
// of milliseconds of CPU, which on the main thread would stall every live board. It only READS the
// file (its own read-only connection; WAL lets it read while the main thread writes), so the main
// thread stays the one writer.
const connections = new Map<string, StoredReader>();

interface StoredReader {
  db: Database.Database;
  readState: ReturnType<typeof prepareReadState>;
  readLog: ReturnType<typeof prepareReadLog>;
}

function reader(file: string): StoredReader {
  let opened = connections.get(file);
  if (!opened) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    opened = { db, readState: prepareReadState(db), readLog: prepareReadLog(db) };
    connections.set(file, opened);
  }
  return opened;
}

function readStored(
  { db, readState, readLog }: StoredReader,
  boardId: string,
  throughSeq: number,
): StoredRows {
  // One read transaction: the state and the log are read at the same moment.
  return db.transaction((): StoredRows => {
    const stored = readState(boardId);
    if (!stored) throw new Error(`board ${boardId} is not stored`);
    return { ...stored, updates: readLog(boardId, stored.throughSeq, throughSeq) };
  })();
}

/**
 * What a joiner lacks of the board as stored through at least `throughSeq` (every row of it durable:
 * the caller's durable seq, or a compacted state, which only ever folds durable rows). The stored
 * updates are merged without a document (`Y.mergeUpdates`): a fraction of building one, and no
 * re-encoding. Rows after `throughSeq` may be committed but not yet flushed: they are not read.
 */
function joinerUpdate({ file, boardId, throughSeq, stateVector }: BuildRequest): Uint8Array {
  const { db, readState, readLog } = reader(file);
  const parts = db.transaction((): Uint8Array[] => {
    const stored = readState(boardId);
    if (!stored) throw new Error(`board ${boardId} is not stored`);
    const log = readLog(boardId, stored.throughSeq, Math.max(throughSeq, stored.throughSeq));
    return stored.state ? [stored.state, ...log] : log;
  })();
  const merged = parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts);
  if (!stateVector || isEmptyStateVector(stateVector)) return merged;
  return Y.diffUpdate(merged, stateVector);
}

/** A state vector with no clients: one varuint 0. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

function build({ file, boardId, throughSeq }: BuildRequest): Uint8Array {
  const stored = readStored(reader(file), boardId, throughSeq);
  if (stored.throughSeq > throughSeq) {
    throw new Error(`board ${boardId} is already compacted through ${stored.throughSeq}`);
  }
  const doc = new Y.Doc();
  doc.transact(() => {
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  // Only integrated content: what the log holds was integrated when it was stored, so nothing is
  // pending here unless the file itself is inconsistent, and then it must not be folded in.
  if (doc.store.pendingStructs || doc.store.pendingDs) {
    throw new Error(`board ${boardId}'s stored log does not integrate`);
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

parentPort?.on("message", (request: BuildRequest) => {
  try {
    const built = request.kind === "join" ? joinerUpdate(request) : build(request);
    // A view of a larger buffer (a stored row) would transfer all of it; copy it out first.
    const state = built.byteLength === built.buffer.byteLength ? built : built.slice();
    parentPort?.postMessage({ id: request.id, value: state } satisfies WorkerResponse<Uint8Array>, [
      state.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    parentPort?.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies WorkerResponse<Uint8Array>);
  }
});
