/** Stages people work through; "closed" stages (Not proceeding) sit apart from the active pipeline. */
export const STAGE_KINDS = ["active", "closed"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const OWNERSHIP_ROUTES = [
  "worker-coop",
  "eot",
  "hybrid",
  "consumer-coop",
  "community-shares",
  "multi-stakeholder",
] as const;
export type OwnershipRoute = (typeof OWNERSHIP_ROUTES)[number];

export const OWNERSHIP_ROUTE_LABELS: Record<OwnershipRoute, string> = {
  "worker-coop": "Worker co-operative",
  eot: "Employee Ownership Trust",
  hybrid: "Hybrid (EOT and co-operative)",
  "consumer-coop": "Consumer co-operative",
  "community-shares": "Community co-operative (community shares)",
  "multi-stakeholder": "Multi-stakeholder co-operative",
};

export const FINANCE_OPTIONS = [
  "eot-sale",
  "coop-loan-fund",
  "community-share-offer",
  "council-fund",
  "bank",
  "vendor-finance",
] as const;
export type FinanceOption = (typeof FINANCE_OPTIONS)[number];

export const FINANCE_OPTION_LABELS: Record<FinanceOption, string> = {
  "eot-sale": "Employee Ownership Trust sale",
  "coop-loan-fund": "Co-operative loan fund",
  "community-share-offer": "Community share offer",
  "council-fund": "Council fund",
  bank: "Bank lending",
  "vendor-finance": "Deferred payment to the owner",
};

export const EXIT_TIMELINES = ["within-1-year", "1-3-years", "3-5-years", "5-10-years", "unknown"] as const;
export type ExitTimeline = (typeof EXIT_TIMELINES)[number];

export const EXIT_TIMELINE_LABELS: Record<ExitTimeline, string> = {
  "within-1-year": "Within a year",
  "1-3-years": "1 to 3 years",
  "3-5-years": "3 to 5 years",
  "5-10-years": "5 to 10 years",
  unknown: "Not known yet",
};

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);

export const isStageKind = isOneOf(STAGE_KINDS);
export const isOwnershipRoute = isOneOf(OWNERSHIP_ROUTES);
export const isFinanceOption = isOneOf(FINANCE_OPTIONS);
export const isExitTimeline = isOneOf(EXIT_TIMELINES);

export interface SuccessionStage {
  id: string;
  name: string;
  order: string;
  kind: StageKind;
  /** Reaching this stage completes a transfer: its businesses count as jobs retained. */
  completes: boolean;
}

/** Where a business sits: ONE map value, so concurrent moves leave it in exactly one stage. */
export interface BusinessPosition {
  stageId: string;
  order: string;
}

export interface BusinessView {
  id: string;
  name: string;
  sector: string;
  /** Null when not known. */
  employees: number | null;
  exitTimeline: ExitTimeline | "";
  route: OwnershipRoute | "";
  financeOptions: FinanceOption[];
  /** Finance under consideration that is not one of the listed options. */
  financeOther: string;
  /** The adviser or support organisation. */
  adviser: string;
  /** The owner and how to reach them: identifying, so hidden with the name when confidential. */
  contact: string;
  nextStep: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  nextStepDate: string;
  linkedActionIds: string[];
  confidential: boolean;
  stageId: string;
  order: string;
  createdAt: string;
}

export interface SuccessionView {
  /** False until the server has created the section (a board from before it, not yet migrated). */
  ready: boolean;
  stages: SuccessionStage[];
  /** Every business keyed by stage id, each list in order; a business whose stage is gone goes in the first. */
  byStage: Map<string, BusinessView[]>;
  businessCount: number;
}
