import type * as Y from "yjs";
import { readBoard } from "../board/read-board";
import { ACTION_STATUS_LABELS } from "../board/types";
import { jsonToPlainText } from "./rich-text";
import { writeCsv } from "./write-csv";
import { actionsInMatrixOrder, notesJson } from "../sections/matrix/matrix-json";
import { BOARD_SECTIONS } from "../sections/registry";
import type { Audience, SectionId } from "../sections/section-id";

export const CSV_COLUMNS = [
  "Theme",
  "Column",
  "Title",
  "Owner",
  "Partners",
  "Status",
  "Due",
  "Milestone",
  "Notes",
];

/**
 * One row per action, in matrix order, notes as plain text. Cells a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) get a leading apostrophe.
 */
export function actionsCsv(doc: Y.Doc): string {
  const view = readBoard(doc);
  const titleOf = (items: { id: string; title: string }[], id: string) =>
    items.find((item) => item.id === id)?.title ?? "";
  const rows = actionsInMatrixOrder(doc).map((action) => [
    titleOf(view.themes, action.themeId),
    titleOf(view.columns, action.columnId),
    action.title,
    action.owner,
    action.partners.join("; "),
    ACTION_STATUS_LABELS[action.status],
    action.due,
    action.milestone,
    jsonToPlainText(notesJson(doc, action.id)),
  ]);
  return writeCsv({ fields: CSV_COLUMNS, rows });
}

/** A section's own CSV through the registry (succession, economy); undefined if it has none. */
export function sectionCsv(doc: Y.Doc, sectionId: SectionId, audience: Audience): string | undefined {
  const table = BOARD_SECTIONS.find((section) => section.id === sectionId)?.csv?.(doc, audience);
  return table && writeCsv(table);
}
