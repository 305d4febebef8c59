import type * as Y from "yjs";
import { readBoard } from "../../board/read-board";
import { ACTION_STATUS_LABELS, cellKey, type ActionView } from "../../board/types";
import { heading, paragraph, type ReportBlock } from "../../export/report-model";
import { longDate } from "../../export/long-date";
import { actionsInMatrixOrder, notesJson } from "./matrix-json";

function actionDetails(doc: Y.Doc, action: ActionView, place: string): ReportBlock[] {
  const entries = [
    { key: "Place", value: place },
    { key: "Owner", value: action.owner },
    { key: "Partners", value: action.partners.join(", ") },
    { key: "Status", value: ACTION_STATUS_LABELS[action.status] },
    {
      key: "Due",
      value: /^\d{4}-\d{2}-\d{2}$/.test(action.due) ? longDate(`${action.due}T12:00:00Z`) : action.due,
    },
    { key: "Milestone", value: action.milestone },
  ].filter((entry) => entry.value !== "");
  const notes = notesJson(doc, action.id);
  return [
    heading(3, action.title || "Untitled action"),
    { kind: "keyValues", entries },
    ...((notes.content ?? []).length > 0 ? [{ kind: "richText", content: notes } as const] : []),
  ];
}

/** The matrix as a table (themes × columns, each cell listing its actions), then every action in detail. */
export function matrixReport(doc: Y.Doc): ReportBlock[] {
  const view = readBoard(doc);
  const matrix: ReportBlock = {
    kind: "table",
    header: ["Theme", ...view.columns.map((column) => column.title)],
    rows: view.themes.map((theme) => [
      theme.title,
      ...view.columns.map((column) =>
        (view.cells.get(cellKey(theme.id, column.id)) ?? []).map((action) => action.title),
      ),
    ]),
  };
  const titleOf = (items: { id: string; title: string }[], id: string) =>
    items.find((item) => item.id === id)?.title;
  const details = actionsInMatrixOrder(doc).flatMap((action) => {
    const theme = titleOf(view.themes, action.themeId);
    const column = titleOf(view.columns, action.columnId);
    return actionDetails(doc, action, theme && column ? `${theme} › ${column}` : "Not placed");
  });
  return [
    heading(2, "The matrix"),
    matrix,
    heading(2, "Actions"),
    ...(details.length > 0 ? details : [paragraph("No actions yet.")]),
  ];
}
