import * as Y from "yjs";
import { TRANSACTION_ORIGIN } from "../../shared/protocol/transaction-origins";
import type { DocStore } from "../storage/doc-store";
import { applyWholeUpdate } from "./update-bytes";

export interface LoadedDoc {
  doc: Y.Doc;
  lastSeq: number;
  /** Updates in the stored log (not yet folded into the state). */
  loggedUpdates: number;
  /** Bytes read from storage: an upper estimate of the encoded document. */
  storedBytes: number;
}

/**
 * Build a board's document from storage, or undefined when the board does not exist. Throws when
 * the store fails or any stored bytes are not a whole update; the half-built document is dropped.
 */
export async function loadRoomDoc(
  store: DocStore,
  boardId: string,
  /** A board this large is joined from the store's worker (S32): it is started before the board is applied. */
  storeJoinAboveBytes = Number.POSITIVE_INFINITY,
): Promise<LoadedDoc | undefined> {
  const stored = await store.loadDoc(boardId);
  if (!stored) return undefined;
  const doc = new Y.Doc({ gc: true });
  const blobs = stored.state ? [stored.state, ...stored.updates] : stored.updates;
  const storedBytes = blobs.reduce((total, blob) => total + blob.byteLength, 0);
  // Its few hundred milliseconds of loading then overlap applying the board, off the first joiner's path.
  if (storedBytes >= storeJoinAboveBytes) store.prestart?.();
  try {
    doc.transact(() => {
      for (const blob of blobs) applyWholeUpdate(doc, blob, TRANSACTION_ORIGIN.storage);
    }, TRANSACTION_ORIGIN.storage);
  } catch (error) {
    doc.destroy();
    throw error;
  }
  return {
    doc,
    lastSeq: stored.lastSeq,
    loggedUpdates: stored.updates.length,
    storedBytes,
  };
}
