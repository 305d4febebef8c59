import type * as Y from "yjs";

/**
 * The ids of the businesses that are confidential, kept in a root of its own. A business's flag goes
 * with its record: deleted, the record and its flag are gone, yet older versions still hold it, and
 * a viewer or a publication must not see it there, nor may a restore bring it back public. Restore
 * and the export leave this root alone (it is not in ROOT), so it remembers across both. Unticking
 * "Confidential" removes the id: the team has decided the business may be public, in every version.
 */
const CONFIDENTIAL_LOG = "confidentialBusinesses";

export function confidentialLog(doc: Y.Doc): Y.Map<boolean> {
  return doc.getMap<boolean>(CONFIDENTIAL_LOG);
}

export function recordConfidential(doc: Y.Doc, id: string, confidential: boolean): void {
  const log = confidentialLog(doc);
  if (confidential) {
    if (log.get(id) !== true) log.set(id, true);
  } else if (log.has(id)) {
    log.delete(id);
  }
}
