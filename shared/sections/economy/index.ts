import { readEconomy } from "../../board/economy-read";
import { OPEN_DATA_ATTRIBUTION } from "../../economy/attribution";
import { COOP_CSV_COLUMNS, coopCsvRows } from "../../economy/coops-csv";
import type { BoardSection } from "../board-section";
import { economyDiffRecords } from "./economy-diff";
import { economyFromJson, economyJsonSchema, economyToJson, type EconomyJson } from "./economy-json";
import { economyReport } from "./economy-report";

/** The local co-operative economy: the baseline list, denominators, benchmark edition and goals (root `economy`). */
export const economySection: BoardSection<EconomyJson> = {
  id: "economy",
  title: "Economy",
  jsonKey: "economy",
  jsonSchema: economyJsonSchema,
  toJson: (doc) => economyToJson(doc),
  fromJson: economyFromJson,
  diffRecords: economyDiffRecords,
  report: (doc) => economyReport(doc),
  csv: (doc) => ({
    comment: OPEN_DATA_ATTRIBUTION,
    fields: COOP_CSV_COLUMNS,
    rows: coopCsvRows(readEconomy(doc).coops),
  }),
  summary: (doc) => {
    const economy = readEconomy(doc);
    return { coops: economy.coops.length, goals: economy.goals.length };
  },
};
