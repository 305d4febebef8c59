import type { GoalView, Milestone } from "./types";

export type GoalStatus = "on-track" | "behind" | "no-actuals";

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  "on-track": "On track",
  behind: "Behind",
  "no-actuals": "No actuals yet",
};

/** The latest milestone with an actual recorded, or undefined. */
export function latestActual(milestones: readonly Milestone[]): Milestone | undefined {
  return milestones.filter((milestone) => milestone.actual !== null).sort((a, b) => b.year - a.year)[0];
}

/** On track when the latest actual meets its milestone's target (measures only grow towards a goal). */
export function goalStatus(goal: Pick<GoalView, "milestones">): GoalStatus {
  const latest = latestActual(goal.milestones);
  if (!latest || latest.actual === null) return "no-actuals";
  return latest.actual >= latest.target ? "on-track" : "behind";
}

/**
 * Evenly spaced milestones from the baseline to the target, one per year after the baseline up to
 * the target year, rounded to whole numbers (a starting point people then adjust).
 */
export function straightLineMilestones(
  goal: Pick<GoalView, "baselineValue" | "baselineYear" | "targetValue" | "targetYear">,
): Milestone[] {
  const years = goal.targetYear - goal.baselineYear;
  if (years <= 0) return [];
  return Array.from({ length: years }, (_, index) => {
    const year = goal.baselineYear + index + 1;
    const target = goal.baselineValue + ((goal.targetValue - goal.baselineValue) * (index + 1)) / years;
    return { year, target: Math.round(target), actual: null };
  });
}
