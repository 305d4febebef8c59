import * as Y from "yjs";
import { actionWithNotes, recordingDoc } from "./updates";

/** A board's history, split into updates small enough for any server's frame limit. */
export interface History {
  chunks: Uint8Array[];
  /** The size of the document's encoded state once every chunk is applied. */
  stateBytes: number;
  /**
   * The fewest bytes the whole history comes in: the encoded state, or the chunks merged without a
   * document (`Y.mergeUpdates`), which a server may send instead (Coplan's large boards' joiners, S32):
   * the same content, here about a sixth smaller. What a joiner must have received to hold the board.
   */
  completeBytes: number;
  stateVector: Uint8Array;
}

/** Notes of about this many bytes each: a long history spreads over more actions, as a real board does. */
const BYTES_PER_ACTION = 80_000;
const CHUNK_BYTES = 256 * 1024;
const WORDS = "cooperative development plan partner council action notes review owner milestone ".split(" ");

/** A deterministic pseudo-random sequence (mulberry32), so every run edits the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function phrase(random: () => number, words: number): string {
  let text = "";
  for (let index = 0; index < words; index++) text += `${WORDS[Math.floor(random() * WORDS.length)]} `;
  return text;
}

/**
 * A text-editing history of about `targetBytes`: actions (twenty or more) whose notes are typed into in
 * phrases at random places, with one edit in seven deleting a stretch, in transactions of a few
 * edits each (a person's typing as a provider batches it).
 */
export function editingHistory(targetBytes: number, seed = 1): History {
  const random = seededRandom(seed);
  const { doc, chain } = recordingDoc(2_000_000 + seed);
  const actions = Math.max(20, Math.ceil(targetBytes / BYTES_PER_ACTION));
  const texts = Array.from({ length: actions }, (_, index) => actionWithNotes(doc, `Action ${index}`));
  let estimate = 0;
  let checkedAt = 0;
  let size = 0;
  while (size < targetBytes) {
    // Each action is someone's: its own client id keeps each client's struct list short, as on a real board.
    const actionIndex = Math.floor(random() * texts.length);
    const text = texts[actionIndex] as Y.XmlText;
    doc.clientID = 3_000_000 + seed * 10_000 + actionIndex;
    doc.transact(() => {
      for (let edit = 0; edit < 8; edit++) {
        const position = Math.floor(random() * (text.length + 1));
        if (random() < 1 / 7 && text.length > 50) {
          const length = Math.min(text.length - position, 1 + Math.floor(random() * 40));
          if (length > 0) text.delete(position, length);
          estimate -= length;
        } else {
          const inserted = phrase(random, 2 + Math.floor(random() * 12));
          text.insert(position, inserted);
          estimate += inserted.length + 8;
        }
      }
    });
    if (estimate - checkedAt > targetBytes / 16 || estimate >= targetBytes) {
      checkedAt = estimate;
      size = Y.encodeStateAsUpdate(doc).byteLength;
    }
  }
  const chunks: Uint8Array[] = [];
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  for (const update of chain.updates) {
    batch.push(update);
    batchBytes += update.byteLength;
    if (batchBytes >= CHUNK_BYTES) {
      chunks.push(Y.mergeUpdates(batch));
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) chunks.push(Y.mergeUpdates(batch));
  const completeBytes = Math.min(size, Y.mergeUpdates(chunks).byteLength);
  const history = { chunks, stateBytes: size, completeBytes, stateVector: Y.encodeStateVector(doc) };
  doc.destroy();
  return history;
}
