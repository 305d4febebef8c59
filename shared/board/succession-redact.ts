import * as Y from "yjs";
import type { RecordMap } from "./roots";
import { peekBusinesses } from "./succession-root";
import { confidentialLog } from "./confidential-log";
import type { BusinessView, SuccessionView } from "./succession-types";

/** A confidential business as a read-only audience may see it: its stage and place, nothing that identifies it. */
export function redactBusiness(business: BusinessView): BusinessView {
  if (!business.confidential) return business;
  return {
    ...business,
    name: "",
    sector: "",
    employees: null,
    exitTimeline: "",
    route: "",
    financeOptions: [],
    financeOther: "",
    adviser: "",
    contact: "",
    nextStep: "",
    nextStepDate: "",
    linkedActionIds: [],
  };
}

/** The pipeline for viewers: confidential businesses stay as placeholders, so filters and counts cannot reveal them. */
export function redactConfidential(view: SuccessionView): SuccessionView {
  const byStage = new Map([...view.byStage].map(([stageId, list]) => [stageId, list.map(redactBusiness)]));
  return { ...view, byStage };
}

/** What a placeholder keeps: enough to sit in its stage, in its place, marked confidential. */
const PLACEHOLDER_KEYS: ReadonlySet<string> = new Set(["id", "position", "confidential", "createdAt"]);

/** Empty a record's shared types and delete its other values, keeping the placeholder's keys. */
function redactRecord(record: RecordMap): void {
  for (const [key, value] of [...record.entries()]) {
    if (PLACEHOLDER_KEYS.has(key)) continue;
    // Shared types are emptied rather than deleted, so the client finds the name and notes it expects.
    if (value instanceof Y.Text || value instanceof Y.XmlFragment || value instanceof Y.Array) {
      if (value.length > 0) value.delete(0, value.length);
    } else if (value instanceof Y.Map) {
      for (const inner of [...value.keys()]) value.delete(inner);
    } else {
      record.delete(key);
    }
  }
}

/**
 * Server only, on a copy of a board that a read-only audience receives (a snapshot, a compare, or the
 * live reader view): strip every confidential business to a placeholder holding only its id, stage,
 * place and flag. It only DELETES, so the copy keeps the structure of the board it came from and can
 * go on receiving that board's updates; with the default garbage collection the deleted text is gone
 * from the copy's encoded state and from the update its transaction emits. Returns the records it
 * redacted by business id.
 */
export function redactConfidentialDoc(doc: Y.Doc): Map<string, RecordMap> {
  const redacted = new Map<string, RecordMap>();
  const businesses = peekBusinesses(doc);
  if (!businesses) return redacted;
  doc.transact(() => {
    for (const [id, record] of businesses.entries()) {
      if (!(record instanceof Y.Map) || record.get("confidential") !== true) continue;
      redactRecord(record);
      redacted.set(id, record);
    }
  });
  return redacted;
}

/**
 * The ids of the businesses confidential now: flagged on the board, or recorded in the confidential
 * log (which also remembers those deleted while confidential).
 */
export function confidentialBusinessIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>(confidentialLog(doc).keys());
  for (const [id, record] of peekBusinesses(doc)?.entries() ?? []) {
    if (record instanceof Y.Map && record.get("confidential") === true) ids.add(id);
  }
  return ids;
}

/**
 * Mark these businesses confidential where they exist. Confidentiality follows the stricter of then
 * and now: an old version shown to a read-only audience or published, or restored onto the board,
 * must not reveal a business that has since been marked confidential.
 */
export function markConfidential(doc: Y.Doc, ids: ReadonlySet<string>): void {
  const businesses = peekBusinesses(doc);
  if (!businesses || ids.size === 0) return;
  doc.transact(() => {
    for (const id of ids) {
      const record = businesses.get(id);
      if (record instanceof Y.Map && record.get("confidential") !== true) record.set("confidential", true);
    }
  });
}
