import type { BusinessView, SuccessionView } from "./succession-types";

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

/** The summary strip's figures; `today` is an ISO date (YYYY-MM-DD) in the viewer's time zone. */
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
    if (stage.kind === "active") {
      overdue.push(...businesses.filter((b) => b.nextStepDate !== "" && b.nextStepDate < today));
    }
    return { stageId: stage.id, businesses: businesses.length, jobs };
  });
  return { stages, businesses: view.businessCount, jobsRetained, completedTransfers, overdue };
}
