import { readBoard } from "../../board/read-board";
import type { BoardSection } from "../board-section";
import { matrixDiffRecords } from "./matrix-diff";
import { matrixFromJson, matrixJsonSchema, matrixToJson, type MatrixJson } from "./matrix-json";
import { matrixReport } from "./matrix-report";

/** The action-plan matrix: board details, columns, themes and actions (roots meta, columns, themes, actions). */
export const matrixSection: BoardSection<MatrixJson> = {
  id: "matrix",
  title: "Action plan",
  jsonKey: null,
  jsonSchema: matrixJsonSchema,
  toJson: (doc) => matrixToJson(doc),
  fromJson: matrixFromJson,
  diffRecords: matrixDiffRecords,
  report: (doc) => matrixReport(doc),
  summary: (doc) => {
    const view = readBoard(doc);
    return { themes: view.themes.length, columns: view.columns.length, actions: view.actionCount };
  },
};
