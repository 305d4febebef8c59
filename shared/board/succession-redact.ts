import type { BusinessView, SuccessionView } from "./succession-types";

/** A confidential business as a read-only audience may see it: its stage, place and size, nothing that identifies it. */
export function redactBusiness(business: BusinessView): BusinessView {
  if (!business.confidential) return business;
  return {
    ...business,
    name: "",
    sector: "",
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
