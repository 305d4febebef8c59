import type { Database } from "better-sqlite3";

/**
 * A compacted state larger than this is stored in rows of at most this many bytes, written one row
 * per turn of the event loop (D19): one 17 MB write blocked every board's frames for about 100 ms.
 */
export const STATE_CHUNK_BYTES = 1024 * 1024;

/** A board's compacted state and the seq of the last update folded into it. */
export interface StoredState {
  state: Uint8Array | null;
  throughSeq: number;
}

interface HeadRow {
  state: Uint8Array | null;
  through_seq: number;
  generation: number;
  chunks: number;
}

/**
 * Reads a board's compacted state, whether it is held in `doc_state` itself (a small state) or in
 * `doc_state_chunks` rows of the generation `doc_state` names (a large one). Rows of any other
 * generation are a compaction in progress or left by one that did not finish: never read.
 * Call it inside a read transaction, so the head and its rows are read at the same moment.
 */
export function prepareReadState(db: Database): (boardId: string) => StoredState | undefined {
  const selectHead = db.prepare<[string], HeadRow>(
    "SELECT state, through_seq, generation, chunks FROM doc_state WHERE board_id = ?",
  );
  const selectChunks = db
    .prepare<[string, number], Uint8Array>(
      "SELECT bytes FROM doc_state_chunks WHERE board_id = ? AND generation = ? ORDER BY idx",
    )
    .pluck();
  return (boardId) => {
    const head = selectHead.get(boardId);
    if (!head) return undefined;
    if (head.chunks === 0) return { state: head.state && asBytes(head.state), throughSeq: head.through_seq };
    const chunks = selectChunks.all(boardId, head.generation);
    if (chunks.length !== head.chunks) {
      throw new Error(
        `board ${boardId}'s stored state has ${chunks.length} of its ${head.chunks} parts: the file is damaged`,
      );
    }
    return { state: concat(chunks), throughSeq: head.through_seq };
  };
}

/** The board's logged updates after its compacted state, through `throughSeq`, oldest first. */
export function prepareReadLog(
  db: Database,
): (boardId: string, afterSeq: number, throughSeq?: number) => Uint8Array[] {
  // Rows at or below the state's seq may still be there: a compaction deletes them in later turns.
  const select = db
    .prepare<[string, number, number], Uint8Array>(
      "SELECT update_bytes FROM doc_updates WHERE board_id = ? AND seq > ? AND seq <= ? ORDER BY seq",
    )
    .pluck();
  return (boardId, afterSeq, throughSeq = Number.MAX_SAFE_INTEGER) =>
    select.all(boardId, afterSeq, throughSeq).map(asBytes);
}

/** `bytes` cut into consecutive views of at most `size` bytes. */
export function chunksOf(bytes: Uint8Array, size = STATE_CHUNK_BYTES): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.byteLength; start += size)
    chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.byteLength;
  }
  return whole;
}

/** better-sqlite3 returns Buffers; hand out plain Uint8Array views of the same memory. */
export function asBytes(blob: Uint8Array): Uint8Array {
  return new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);
}
