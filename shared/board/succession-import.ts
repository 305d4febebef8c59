import * as Y from "yjs";
import { newBusinessRecord } from "./succession-businesses";
import { newStageRecord, peekBusinesses, peekStages } from "./succession-root";
import type { BusinessView, SuccessionStage } from "./succession-types";
import { recordConfidential } from "./confidential-log";

/** A stage with its own id and order key (import), unlike `addStage` which mints them. */
export function insertStage(doc: Y.Doc, stage: SuccessionStage): void {
  peekStages(doc)?.set(stage.id, newStageRecord(stage.id, stage.order, stage));
}

/** A business with its own id, position and creation time; `fillNotes` writes its rich-text notes. */
export function insertBusiness(
  doc: Y.Doc,
  business: BusinessView,
  fillNotes: (notes: Y.XmlFragment) => void,
): void {
  const businesses = peekBusinesses(doc);
  if (!businesses) return;
  doc.transact(() => {
    const { exitTimeline, route, sector, financeOther, adviser, contact, nextStep, nextStepDate } = business;
    const record = newBusinessRecord(
      business.id,
      {
        name: business.name,
        stageId: business.stageId,
        fields: { exitTimeline, route, sector, financeOther, adviser, contact, nextStep, nextStepDate },
        employees: business.employees,
        financeOptions: business.financeOptions,
        confidential: business.confidential,
        linkedActionIds: business.linkedActionIds,
      },
      business.order,
      business.createdAt,
    );
    businesses.set(business.id, record);
    if (business.confidential) recordConfidential(doc, business.id, true);
    const notes = record.get("notes");
    // Filled once integrated: a fragment's children can only be read back after it joins the document.
    if (notes instanceof Y.XmlFragment) fillNotes(notes);
  });
}
