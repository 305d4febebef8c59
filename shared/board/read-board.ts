import * as Y from "yjs";
import { listAxis } from "./axes";
import { listActions } from "./actions";
import { readMeta } from "./meta";
import { sortOrdered } from "./order";
import { cellKey, type ActionView, type AxisItem, type BoardMeta, type BoardView } from "./types";

/** A plain, normalised snapshot of the whole board for rendering and export. */
export function readBoard(doc: Y.Doc): BoardView {
  return groupBoard(readMeta(doc), listAxis(doc, "column"), listAxis(doc, "theme"), listActions(doc));
}

/** Sort actions into their cells; those whose theme or column is gone are unplaced. */
export function groupBoard(
  meta: BoardMeta,
  columns: AxisItem[],
  themes: AxisItem[],
  actions: Iterable<ActionView>,
): BoardView {
  const columnIds = new Set(columns.map((c) => c.id));
  const themeIds = new Set(themes.map((t) => t.id));
  const cells = new Map<string, ActionView[]>();
  const unplaced: ActionView[] = [];
  const sorted = sortOrdered(actions);
  for (const action of sorted) {
    if (!themeIds.has(action.themeId) || !columnIds.has(action.columnId)) {
      unplaced.push(action);
      continue;
    }
    const key = cellKey(action.themeId, action.columnId);
    const cell = cells.get(key);
    if (cell) cell.push(action);
    else cells.set(key, [action]);
  }
  return { meta, columns, themes, cells, unplaced, actionCount: sorted.length };
}

/**
 * Whether a transaction can change what `readBoard` returns. Typing in rich-text notes only touches
 * XML types, which the board view never reads: skipping those keeps keystrokes cheap on big boards.
 */
export function changesBoardView(transaction: Y.Transaction): boolean {
  for (const type of transaction.changed.keys()) {
    if (!(type instanceof Y.XmlFragment || type instanceof Y.XmlText)) return true;
  }
  return false;
}
