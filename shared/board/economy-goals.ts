import * as Y from "yjs";
import { economyRoot, type RecordMap } from "./roots";
import { newRecordId } from "./ids";
import { goalKey } from "./economy-keys";
import type { GoalView, Milestone } from "../economy/types";

export type GoalFields = Omit<GoalView, "id" | "milestones" | "actionIds"> & {
  milestones?: readonly Milestone[];
  actionIds?: readonly string[];
};

function goalRecord(doc: Y.Doc, id: string): RecordMap | undefined {
  const value = economyRoot(doc).get(goalKey(id));
  return value instanceof Y.Map ? (value as RecordMap) : undefined;
}

/** A goal with its milestones (by year) and linked actions, created whole; returns its id. */
export function addGoal(doc: Y.Doc, fields: GoalFields, id: string = newRecordId()): string {
  const { milestones = [], actionIds = [], ...values } = fields;
  const record: RecordMap = new Y.Map();
  for (const [key, value] of Object.entries(values)) record.set(key, value);
  const milestoneMap = new Y.Map<unknown>();
  for (const { year, target, actual } of milestones) milestoneMap.set(String(year), { target, actual });
  record.set("milestones", milestoneMap);
  const actions = new Y.Map<unknown>();
  for (const actionId of actionIds) actions.set(actionId, true);
  record.set("actions", actions);
  economyRoot(doc).set(goalKey(id), record);
  return id;
}

export type GoalNumberField = "baselineValue" | "baselineYear" | "targetValue" | "targetYear";

export function setGoalNumber(doc: Y.Doc, id: string, field: GoalNumberField, value: number): void {
  goalRecord(doc, id)?.set(field, value);
}

export function removeGoal(doc: Y.Doc, id: string): void {
  economyRoot(doc).delete(goalKey(id));
}

function milestones(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const value = goalRecord(doc, id)?.get("milestones");
  return value instanceof Y.Map ? value : undefined;
}

/** Set a year's milestone target and actual (null: not recorded yet). */
export function setMilestone(doc: Y.Doc, goalId: string, milestone: Milestone): void {
  milestones(doc, goalId)?.set(String(milestone.year), {
    target: milestone.target,
    actual: milestone.actual,
  });
}

export function removeMilestone(doc: Y.Doc, goalId: string, year: number): void {
  milestones(doc, goalId)?.delete(String(year));
}

export function setGoalActionLinked(doc: Y.Doc, goalId: string, actionId: string, linked: boolean): void {
  const actions = goalRecord(doc, goalId)?.get("actions");
  if (!(actions instanceof Y.Map)) return;
  if (linked) actions.set(actionId, true);
  else actions.delete(actionId);
}
