import { isBeforeToday } from "./london-today";
import type { BusinessView, SuccessionStage, SuccessionView } from "./succession-types";

export interface StageSummary {
  stageId: string;
  businesses: number;
  jobs: number;
}

export interface SuccessionSummary {
  stages: StageSummary[];
  businesses: number;
  /** Employees of businesses in stages that complete a transfer (Transfer, Aftercare). */
  jobsRetained: number;
  completedTransfers: number;
  /** Businesses still in play (not in a closed stage) whose next step's date is before `today`. */
  overdue: BusinessView[];
}

/** A business still in play (in an active stage) whose next step's date is before `today`. */
export function isNextStepOverdue(business: BusinessView, stage: SuccessionStage, today: string): boolean {
  return stage.kind === "active" && isBeforeToday(business.nextStepDate, today);
}

/** The summary strip's figures; `today` is an ISO date (YYYY-MM-DD), from `londonToday()` on both sides. */
export function summariseSuccession(view: SuccessionView, today: string): SuccessionSummary {
  let jobsRetained = 0;
  let completedTransfers = 0;
  const overdue: BusinessView[] = [];
  const stages = view.stages.map((stage) => {
    const businesses = view.byStage.get(stage.id) ?? [];
    const jobs = businesses.reduce((sum, business) => sum + (business.employees ?? 0), 0);
    if (stage.completes) {
      jobsRetained += jobs;
      completedTransfers += businesses.length;
    }
    overdue.push(...businesses.filter((business) => isNextStepOverdue(business, stage, today)));
    return { stageId: stage.id, businesses: businesses.length, jobs };
  });
  return { stages, businesses: view.businessCount, jobsRetained, completedTransfers, overdue };
}
