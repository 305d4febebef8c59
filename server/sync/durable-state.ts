import * as Y from "yjs";

/**
 * The document's state as the server may share or store it: WITHOUT Yjs's pending content.
 * `Y.encodeStateAsUpdate` appends pending structs and deletes (content still waiting for what it
 * builds on). That content was never stored, so sending it in a step 2 would relay what a crash
 * can lose, and it must not reach a compacted state ahead of its dependencies either.
 */
export function encodeDurableState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  if (pendingStructs === null && pendingDs === null) return Y.encodeStateAsUpdate(doc, stateVector);
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}
