import { londonToday } from "../../board/london-today";
import { readSuccession } from "../../board/succession-view";
import type { BoardSection } from "../board-section";
import { successionDiffRecords } from "./succession-diff";
import {
  successionFromJson,
  successionJsonSchema,
  successionToJson,
  type SuccessionJson,
} from "./succession-json";
import { successionReport } from "./succession-report";
import { SUCCESSION_CSV_COLUMNS, successionCsvRows } from "./succession-csv";

/** The succession strategy: stages, the pipeline of businesses, the narrative (root `succession`). */
export const successionSection: BoardSection<SuccessionJson> = {
  id: "succession",
  title: "Succession strategy",
  jsonKey: "succession",
  jsonSchema: successionJsonSchema,
  toJson: successionToJson,
  fromJson: successionFromJson,
  diffRecords: successionDiffRecords,
  report: (doc, audience) => successionReport(doc, audience, londonToday()),
  csv: (doc, audience) => ({ fields: SUCCESSION_CSV_COLUMNS, rows: successionCsvRows(doc, audience) }),
  summary: (doc) => {
    const view = readSuccession(doc);
    return { stages: view.stages.length, businesses: view.businessCount };
  },
};
