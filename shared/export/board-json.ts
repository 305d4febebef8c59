import type * as Y from "yjs";
import { readBoard } from "../board/read-board";
import { peekActionNotes } from "../board/actions";
import { fragmentToJson, jsonToPlainText, type RichTextNode } from "./rich-text";
import type { ActionStatus, BoardMeta } from "../board/types";

/** Identifies the file format; bump `EXPORT_FORMAT_VERSION` on any incompatible change (docs/export-format.md). */
export const EXPORT_FORMAT = "coplan-board";
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportedAxisItem {
  id: string;
  title: string;
  order: string;
}

export interface ExportedAction {
  id: string;
  title: string;
  themeId: string;
  columnId: string;
  order: string;
  owner: string;
  partners: string[];
  status: ActionStatus;
  due: string;
  milestone: string;
  createdAt: string;
  notes: { json: RichTextNode; text: string };
}

export interface BoardExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  board: { id: string } & BoardMeta;
  columns: ExportedAxisItem[];
  themes: ExportedAxisItem[];
  /** Matrix order: theme by theme, column by column, then by order within the cell; unplaced last. */
  actions: ExportedAction[];
}

export function exportBoardJson(doc: Y.Doc, boardId: string, now = new Date()): BoardExport {
  const view = readBoard(doc);
  const placed = view.themes.flatMap((theme) =>
    view.columns.flatMap((column) => view.cells.get(`${theme.id}/${column.id}`) ?? []),
  );
  const actions = [...placed, ...view.unplaced].map((action): ExportedAction => {
    const notes = peekActionNotes(doc, action.id);
    const json = notes ? fragmentToJson(notes) : { type: "doc", content: [] };
    return { ...action, notes: { json, text: jsonToPlainText(json) } };
  });
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    board: { id: boardId, ...view.meta },
    columns: view.columns,
    themes: view.themes,
    actions,
  };
}
