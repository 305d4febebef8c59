import * as Y from "yjs";
import { economyRoot, type RecordMap } from "./roots";
import { readString } from "./record";
import { COOP_PREFIX, ECONOMY_KEY, GOAL_PREFIX } from "./economy-keys";
import {
  MEASURES,
  type CoopView,
  type EconomyView,
  type Figure,
  type GoalView,
  type Measure,
  type Milestone,
} from "../economy/types";

export function readFigure(value: unknown): Figure | null {
  if (!value || typeof value !== "object") return null;
  const { value: number, year, source } = value as Record<string, unknown>;
  if (typeof number !== "number" || !Number.isFinite(number) || typeof year !== "number") return null;
  return { value: number, year, source: typeof source === "string" ? source : "" };
}

export function readCoop(id: string, record: RecordMap): CoopView {
  return {
    id,
    name: readString(record, "name"),
    sector: readString(record, "sector"),
    legalForm: readString(record, "legalForm"),
    ownershipType: readString(record, "ownershipType"),
    status: record.get("status") === "closed" ? "closed" : "active",
    origin: record.get("origin") === "open-data" ? "open-data" : "manual",
    turnover: readFigure(record.get("turnover")),
    employees: readFigure(record.get("employees")),
    members: readFigure(record.get("members")),
  };
}

const readNumber = (record: RecordMap, key: string) => {
  const value = record.get(key);
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
};

function readMilestones(value: unknown): Milestone[] {
  if (!(value instanceof Y.Map)) return [];
  const milestones: Milestone[] = [];
  for (const [year, entry] of value.entries()) {
    const { target, actual } = (entry ?? {}) as Record<string, unknown>;
    if (typeof target !== "number") continue;
    milestones.push({ year: Number(year), target, actual: typeof actual === "number" ? actual : null });
  }
  return milestones.sort((a, b) => a.year - b.year);
}

export function readGoal(id: string, record: RecordMap): GoalView {
  const measure = record.get("measure");
  const actions = record.get("actions");
  return {
    id,
    measure: (MEASURES as readonly unknown[]).includes(measure) ? (measure as Measure) : "number",
    baselineValue: readNumber(record, "baselineValue"),
    baselineYear: readNumber(record, "baselineYear"),
    targetValue: readNumber(record, "targetValue"),
    targetYear: readNumber(record, "targetYear"),
    milestones: readMilestones(record.get("milestones")),
    actionIds: actions instanceof Y.Map ? [...actions.keys()].sort() : [],
  };
}

/** The economy section as plain data: co-operatives by name, goals by measure then target year. */
export function readEconomy(doc: Y.Doc): EconomyView {
  const root = economyRoot(doc);
  const coops: CoopView[] = [];
  const goals: GoalView[] = [];
  for (const [key, value] of root.entries()) {
    if (!(value instanceof Y.Map)) continue;
    if (key.startsWith(COOP_PREFIX)) coops.push(readCoop(key.slice(COOP_PREFIX.length), value));
    else if (key.startsWith(GOAL_PREFIX)) goals.push(readGoal(key.slice(GOAL_PREFIX.length), value));
  }
  coops.sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id));
  goals.sort(
    (a, b) =>
      MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) ||
      a.targetYear - b.targetYear ||
      a.id.localeCompare(b.id),
  );
  const localAuthority = root.get(ECONOMY_KEY.localAuthority);
  const edition = root.get(ECONOMY_KEY.benchmarkEdition);
  return {
    localAuthority: typeof localAuthority === "string" ? localAuthority : "",
    population: readFigure(root.get(ECONOMY_KEY.population)),
    businesses: readFigure(root.get(ECONOMY_KEY.businesses)),
    benchmarkEdition: typeof edition === "string" ? edition : "",
    coops,
    goals,
  };
}

/** Call `listener` after any change to the economy section (its root and everything in it). */
export function observeEconomy(doc: Y.Doc, listener: () => void): () => void {
  const root = economyRoot(doc);
  root.observeDeep(listener);
  return () => root.unobserveDeep(listener);
}
