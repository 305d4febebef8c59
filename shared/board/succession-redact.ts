import type * as Y from "yjs";
import { peekBusinesses } from "./succession-root";
import { newBusinessRecord, readBusiness } from "./succession-businesses";
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

/**
 * Server only, on a private copy of a board (never a live room): replace each confidential business
 * by a placeholder record holding only its stage and place. The old record is deleted whole, so with
 * the document's default garbage collection its text is gone from the encoded state too.
 */
export function redactConfidentialDoc(doc: Y.Doc): void {
  const businesses = peekBusinesses(doc);
  if (!businesses) return;
  doc.transact(() => {
    for (const [id, record] of [...businesses.entries()]) {
      const business = readBusiness(id, record);
      if (!business.confidential) continue;
      const placeholder = { name: "", stageId: business.stageId, confidential: true };
      businesses.set(id, newBusinessRecord(id, placeholder, business.order, business.createdAt));
    }
  });
}
