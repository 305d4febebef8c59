import type { ActionView, AxisItem, BoardView } from "../../shared/board";

/** A card's slot in its cell's list: the grid's item, one object per action for as long as it exists. */
export interface CardItem {
  readonly id: string;
}

/**
 * What the matrix lays out: its axes and which card sits where, without the cards' contents. Editing an
 * action's fields (a remote keystroke in a title) leaves it the same object, so the matrix, its headers
 * and its cells do not re-render; each card reads its own action (useActionView) and re-renders alone.
 */
export interface MatrixShape {
  columns: AxisItem[];
  themes: AxisItem[];
  /** Keyed by `cellKey(themeId, columnId)`; a cell's list keeps its identity while its cards do. */
  cells: ReadonlyMap<string, readonly CardItem[]>;
  placedCount: number;
}

const sameIds = (items: readonly CardItem[], actions: readonly ActionView[]) =>
  items.length === actions.length && items.every((item, index) => item.id === actions[index]!.id);

/** Derives a MatrixShape from each board view, handing back the previous one when the layout is unchanged. */
export class MatrixShapeReader {
  private view: BoardView | undefined;
  private shape: MatrixShape | undefined;
  private items = new Map<string, CardItem>();

  read(view: BoardView): MatrixShape {
    if (view === this.view && this.shape) return this.shape;
    const previous = this.shape;
    const cells = new Map<string, readonly CardItem[]>();
    let changed = !previous || previous.columns !== view.columns || previous.themes !== view.themes;
    let placedCount = 0;
    for (const [key, actions] of view.cells) {
      placedCount += actions.length;
      const before = previous?.cells.get(key);
      if (before && sameIds(before, actions)) {
        cells.set(key, before);
        continue;
      }
      changed = true;
      cells.set(
        key,
        actions.map((action) => this.item(action.id)),
      );
    }
    if (previous && previous.cells.size !== cells.size) changed = true;
    this.view = view;
    if (changed || !previous) {
      this.shape = { columns: view.columns, themes: view.themes, cells, placedCount };
      this.forgetRemoved(cells);
    }
    return this.shape!;
  }

  private item(id: string): CardItem {
    let item = this.items.get(id);
    if (!item) this.items.set(id, (item = { id }));
    return item;
  }

  private forgetRemoved(cells: ReadonlyMap<string, readonly CardItem[]>): void {
    if (this.items.size <= this.shape!.placedCount) return;
    const kept = new Set<string>();
    for (const list of cells.values()) for (const item of list) kept.add(item.id);
    for (const id of this.items.keys()) if (!kept.has(id)) this.items.delete(id);
  }
}
