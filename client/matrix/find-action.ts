import type { ActionView, BoardView } from "../../shared/board";

const indexes = new WeakMap<BoardView, Map<string, ActionView>>();

/** An action by id in a board view: the index is built once per view, however many cards ask. */
export function findActionInView(view: BoardView, id: string): ActionView | undefined {
  let index = indexes.get(view);
  if (!index) {
    index = new Map();
    for (const action of view.unplaced) index.set(action.id, action);
    for (const list of view.cells.values()) for (const action of list) index.set(action.id, action);
    indexes.set(view, index);
  }
  return index.get(id);
}
