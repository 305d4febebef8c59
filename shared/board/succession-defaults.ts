import type { StageKind } from "./succession-types";

export interface StageTemplate {
  name: string;
  kind: StageKind;
  completes: boolean;
}

/** The pipeline every board starts with; the team can rename, reorder and add to it. */
export const DEFAULT_STAGES: readonly StageTemplate[] = [
  { name: "Identified", kind: "active", completes: false },
  { name: "Engaged", kind: "active", completes: false },
  { name: "Exploring options", kind: "active", completes: false },
  { name: "Feasibility and valuation", kind: "active", completes: false },
  { name: "Structure and finance", kind: "active", completes: false },
  { name: "Transfer", kind: "active", completes: true },
  { name: "Aftercare", kind: "active", completes: true },
  { name: "Not proceeding", kind: "closed", completes: false },
];
