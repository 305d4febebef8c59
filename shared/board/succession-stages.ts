import type * as Y from "yjs";
import type { RecordMap } from "./roots";
import { getTextField, readString } from "./record";
import { orderKeyAt, sortOrdered } from "./order";
import { newRecordId } from "./ids";
import { newStageRecord, peekStages } from "./succession-root";
import { listStageBusinesses, moveBusiness } from "./succession-businesses";
import { isStageKind, type StageKind, type SuccessionStage } from "./succession-types";

function readStage(id: string, record: RecordMap): SuccessionStage {
  const kind = record.get("kind");
  return {
    id,
    name: readString(record, "title"),
    order: readString(record, "order", "a0"),
    kind: isStageKind(kind) ? kind : "active",
    completes: record.get("completes") === true,
  };
}

/** Active stages in order, then closed ones (Not proceeding stays apart, whatever its order key). */
export function listStages(doc: Y.Doc): SuccessionStage[] {
  const stages = sortOrdered([...(peekStages(doc)?.entries() ?? [])].map(([id, r]) => readStage(id, r)));
  return [...stages.filter((s) => s.kind === "active"), ...stages.filter((s) => s.kind === "closed")];
}

/** Add a stage at `index` among the stages of its kind (default: the end). Returns its id. */
export function addStage(doc: Y.Doc, name: string, index?: number, kind: StageKind = "active"): string {
  const stages = peekStages(doc);
  if (!stages) return "";
  const id = newRecordId();
  doc.transact(() => {
    const siblings = listStages(doc).filter((stage) => stage.kind === kind);
    const order = orderKeyAt(siblings, index ?? siblings.length);
    stages.set(id, newStageRecord(id, order, { name, kind, completes: false }));
  });
  return id;
}

/** The stage's name as shared text: renaming edits it in place and never touches its businesses. */
export function getStageNameText(doc: Y.Doc, id: string): Y.Text | undefined {
  const record = peekStages(doc)?.get(id);
  return record ? getTextField(record, "title") : undefined;
}

/** Move a stage to `index` among the other stages of its kind (closed ones always list last). */
export function moveStage(doc: Y.Doc, id: string, index: number): void {
  doc.transact(() => {
    const record = peekStages(doc)?.get(id);
    const moving = record && readStage(id, record);
    if (!record || !moving) return;
    const siblings = listStages(doc).filter((stage) => stage.id !== id && stage.kind === moving.kind);
    record.set("order", orderKeyAt(siblings, index));
  });
}

export function setStageCompletes(doc: Y.Doc, id: string, completes: boolean): void {
  peekStages(doc)?.get(id)?.set("completes", completes);
}

/**
 * Delete a stage. A stage holding businesses is deleted only with `moveTo`, another stage, where they go
 * (appended in their order), so no business is ever left without a stage by this replica. The last
 * active stage stays: the view shows any business whose stage is gone in the first active stage.
 * Returns whether the stage was deleted.
 */
export function deleteStage(doc: Y.Doc, id: string, moveTo?: string): boolean {
  const stages = peekStages(doc);
  const all = listStages(doc);
  const stage = all.find((candidate) => candidate.id === id);
  if (!stages || !stage) return false;
  if (stage.kind === "active" && all.filter((candidate) => candidate.kind === "active").length === 1) {
    return false;
  }
  const businesses = listStageBusinesses(doc, id);
  const destination = all.find((candidate) => candidate.id === moveTo && candidate.id !== id);
  if (businesses.length > 0 && !destination) return false;
  doc.transact(() => {
    if (destination) {
      const start = listStageBusinesses(doc, destination.id).length;
      businesses.forEach((business, offset) =>
        moveBusiness(doc, business.id, destination.id, start + offset),
      );
    }
    stages.delete(id);
  });
  return true;
}
