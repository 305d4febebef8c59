import type * as Y from "yjs";
import { z } from "zod";
import { readEconomy } from "../../board/economy-read";
import { insertCoop } from "../../board/economy-coops";
import { addGoal } from "../../board/economy-goals";
import { setBenchmarkEdition, setDenominator, setLocalAuthorityName } from "../../board/economy-settings";
import { OPEN_DATA_ATTRIBUTION } from "../../economy/attribution";
import { FIGURE_BOUNDS, MAX_YEAR, MIN_YEAR } from "../../economy/figure-bounds";
import { COOP_STATUSES, MEASURES } from "../../economy/types";

const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const figure = (max: number) =>
  z.object({ value: z.number().min(0).max(max), year, source: z.string().max(500) }).nullable();
const recordId = z.string().min(1).max(64);

const coop = z.object({
  id: recordId,
  name: z.string().min(1).max(300),
  sector: z.string().max(200),
  legalForm: z.string().max(200),
  ownershipType: z.string().max(200),
  status: z.enum(COOP_STATUSES),
  origin: z.enum(["open-data", "manual"]),
  turnover: figure(FIGURE_BOUNDS.turnover.max),
  employees: figure(FIGURE_BOUNDS.employees.max),
  members: figure(FIGURE_BOUNDS.members.max),
});

const milestone = z.object({ year, target: z.number().min(0), actual: z.number().min(0).nullable() });

const goal = z.object({
  id: recordId,
  measure: z.enum(MEASURES),
  baselineValue: z.number().min(0),
  baselineYear: year,
  targetValue: z.number().min(0),
  targetYear: year,
  milestones: z.array(milestone),
  actionIds: z.array(recordId),
});

/** The `economy` key of a JSON export (docs/export-format.md). */
export const economyJsonSchema = z.object({
  attribution: z.string(),
  localAuthority: z.string().max(120),
  population: figure(FIGURE_BOUNDS.population.max),
  businesses: figure(FIGURE_BOUNDS.businesses.max),
  benchmarkEdition: z.string().max(20),
  coops: z.array(coop),
  goals: z.array(goal),
});
export type EconomyJson = z.infer<typeof economyJsonSchema>;

export function economyToJson(doc: Y.Doc): EconomyJson {
  return { attribution: OPEN_DATA_ATTRIBUTION, ...readEconomy(doc) };
}

export function economyFromJson(doc: Y.Doc, data: EconomyJson): void {
  doc.transact(() => {
    if (data.localAuthority) setLocalAuthorityName(doc, data.localAuthority);
    if (data.population) setDenominator(doc, "population", data.population);
    if (data.businesses) setDenominator(doc, "businesses", data.businesses);
    if (data.benchmarkEdition) setBenchmarkEdition(doc, data.benchmarkEdition);
    for (const record of data.coops) insertCoop(doc, record, data.localAuthority);
    for (const { id, ...fields } of data.goals) addGoal(doc, fields, id);
  });
}
