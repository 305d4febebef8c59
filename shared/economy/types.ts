/** The four measures of the Co-operatives UK method, in the order the section shows them. */
export const MEASURES = ["number", "turnover", "employees", "members"] as const;
export type Measure = (typeof MEASURES)[number];

/** The measures recorded per co-operative (the number is the count of active ones). */
export const COOP_FIGURES = ["turnover", "employees", "members"] as const;
export type CoopFigure = (typeof COOP_FIGURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  number: "Number of co-operatives",
  turnover: "Turnover (£)",
  employees: "Employees",
  members: "Members",
};

/** A number with where it came from: every figure carries its year and its source. */
export interface Figure {
  value: number;
  year: number;
  source: string;
}

export const COOP_STATUSES = ["active", "closed"] as const;
export type CoopStatus = (typeof COOP_STATUSES)[number];

/** "open-data": listed from the Co-operatives UK open data (id is its Identifier); "manual": added by someone. */
export type CoopOrigin = "open-data" | "manual";

export interface CoopView {
  id: string;
  name: string;
  sector: string;
  legalForm: string;
  ownershipType: string;
  status: CoopStatus;
  origin: CoopOrigin;
  turnover: Figure | null;
  employees: Figure | null;
  members: Figure | null;
}

/** A local denominator: the area's population or its business count. */
export type DenominatorKey = "population" | "businesses";

export interface Milestone {
  year: number;
  target: number;
  actual: number | null;
}

export interface GoalView {
  id: string;
  measure: Measure;
  baselineValue: number;
  baselineYear: number;
  targetValue: number;
  targetYear: number;
  /** By year, ascending. */
  milestones: Milestone[];
  /** Matrix action ids that contribute to the goal. */
  actionIds: string[];
}

export interface EconomyView {
  localAuthority: string;
  population: Figure | null;
  businesses: Figure | null;
  benchmarkEdition: string;
  /** Sorted by name. */
  coops: CoopView[];
  goals: GoalView[];
}
