import type * as Y from "yjs";
import { readBoard } from "../../board/read-board";
import { ACTION_STATUS_LABELS, type AxisItem } from "../../board/types";
import type { DiffRecord } from "../../diff/types";
import { jsonToPlainText } from "../../export/rich-text";
import { actionsInMatrixOrder, notesJson } from "./matrix-json";

function axisRecords(type: "column" | "theme", items: AxisItem[]): DiffRecord[] {
  return items.map((item, index) => ({
    section: "matrix",
    type,
    id: item.id,
    label: item.title,
    fields: {
      title: { label: "Title", value: item.title, kind: "text" },
      position: {
        label: "Position",
        value: `${index + 1} of ${items.length}`,
        kind: "position",
        compareKey: item.order,
      },
    },
  }));
}

/** The board details, the columns, the themes and the actions, each as a record to compare. */
export function matrixDiffRecords(doc: Y.Doc): DiffRecord[] {
  const view = readBoard(doc);
  const titleOf = (items: AxisItem[], id: string) => items.find((item) => item.id === id)?.title;
  const details: DiffRecord = {
    section: "matrix",
    type: "board",
    id: "board",
    label: "Plan details",
    fields: {
      title: { label: "Title", value: view.meta.title, kind: "text" },
      area: { label: "Area", value: view.meta.area, kind: "text" },
      periodStart: { label: "Plan period start", value: view.meta.periodStart, kind: "value" },
      periodEnd: { label: "Plan period end", value: view.meta.periodEnd, kind: "value" },
    },
  };
  const actions = actionsInMatrixOrder(doc).map((action): DiffRecord => {
    const theme = titleOf(view.themes, action.themeId) ?? "No theme";
    const column = titleOf(view.columns, action.columnId) ?? "No column";
    return {
      section: "matrix",
      type: "action",
      id: action.id,
      label: action.title,
      fields: {
        title: { label: "Title", value: action.title, kind: "text" },
        position: {
          label: "Place",
          value: `${theme} › ${column}`,
          kind: "position",
          compareKey: `${action.themeId}/${action.columnId}/${action.order}`,
        },
        owner: { label: "Owner", value: action.owner, kind: "text" },
        partners: { label: "Partners", value: action.partners, kind: "list" },
        status: { label: "Status", value: ACTION_STATUS_LABELS[action.status], kind: "value" },
        due: { label: "Due", value: action.due, kind: "value" },
        milestone: { label: "Milestone", value: action.milestone, kind: "text" },
        notes: { label: "Notes", value: jsonToPlainText(notesJson(doc, action.id)), kind: "richText" },
      },
    };
  });
  return [details, ...axisRecords("column", view.columns), ...axisRecords("theme", view.themes), ...actions];
}
