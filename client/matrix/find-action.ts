import type { ActionView, BoardView } from "../../shared/board";

export function findActionInView(view: BoardView, id: string): ActionView | undefined {
  for (const list of view.cells.values()) {
    const found = list.find((action) => action.id === id);
    if (found) return found;
  }
  return view.unplaced.find((action) => action.id === id);
}
