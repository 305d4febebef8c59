import type * as Y from "yjs";
import { listAxis } from "./axes";
import { listActions } from "./actions";
import { readMeta } from "./meta";
import { sortOrdered } from "./order";
import { cellKey, type ActionView, type BoardView } from "./types";

/** A plain, normalised snapshot of the whole board for rendering and export. */
export function readBoard(doc: Y.Doc): BoardView {
  const columns = listAxis(doc, "column");
  const themes = listAxis(doc, "theme");
  const columnIds = new Set(columns.map((c) => c.id));
  const themeIds = new Set(themes.map((t) => t.id));
  const cells = new Map<string, ActionView[]>();
  const unplaced: ActionView[] = [];
  const actions = listActions(doc);
  for (const action of sortOrdered(actions)) {
    if (!themeIds.has(action.themeId) || !columnIds.has(action.columnId)) {
      unplaced.push(action);
      continue;
    }
    const key = cellKey(action.themeId, action.columnId);
    const list = cells.get(key);
    if (list) list.push(action);
    else cells.set(key, [action]);
  }
  return { meta: readMeta(doc), columns, themes, cells, unplaced, actionCount: actions.length };
}
