import * as Y from "yjs";
import { listAxis } from "./axes";
import { readAction } from "./actions";
import { readMeta } from "./meta";
import { groupBoard } from "./read-board";
import { actionsRoot, columnsRoot, metaRoot, themesRoot } from "./roots";
import type { ActionView, AxisItem, BoardView } from "./types";

/** What changed since the last `take`: the action ids to re-read, and whether the axes or meta did. */
interface Dirty {
  actionIds: Set<string>;
  axes: boolean;
  meta: boolean;
}

const isRichText = (type: Y.AbstractType<unknown>) =>
  type instanceof Y.XmlFragment || type instanceof Y.XmlText;

/**
 * Keeps `readBoard`'s view of a document up to date by re-reading only the records each transaction
 * touched. Unchanged actions, cells, axes and meta keep their object identity, so memoised cards and
 * cells skip rendering: with 1,000 actions, one remote keystroke in a title re-reads one action.
 */
export class BoardViewReader {
  private actions = new Map<string, ActionView>();
  private current: BoardView;
  private dirty: Dirty = { actionIds: new Set(), axes: false, meta: false };
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly doc: Y.Doc) {
    for (const [id, record] of actionsRoot(doc).entries()) this.actions.set(id, readAction(id, record));
    this.current = groupBoard(
      readMeta(doc),
      listAxis(doc, "column"),
      listAxis(doc, "theme"),
      this.actions.values(),
    );
    this.watch(actionsRoot(doc), (events) => {
      for (const event of events) this.markActions(event);
    });
    for (const root of [columnsRoot(doc), themesRoot(doc)]) this.watch(root, () => (this.dirty.axes = true));
    this.watch(metaRoot(doc), () => (this.dirty.meta = true));
  }

  get view(): BoardView {
    return this.current;
  }

  /**
   * Apply what changed since the last call (observers have run by `afterTransaction`). Returns the new
   * view, or undefined when nothing the view shows changed (typing in notes, another section).
   */
  take(): BoardView | undefined {
    const { actionIds, axes, meta } = this.dirty;
    if (actionIds.size === 0 && !axes && !meta) return undefined;
    this.dirty = { actionIds: new Set(), axes: false, meta: false };
    let actionsChanged = false;
    /** Changed actions that kept their place (cell and order): patched into their lists, nothing re-sorted. */
    const inPlace = new Map<string, ActionView>();
    let moved = false;
    if (actionIds.size > 0) {
      const root = actionsRoot(this.doc);
      // A new map, so a view handed out earlier never changes under its holder.
      const actions = new Map(this.actions);
      for (const id of actionIds) {
        const record = root.get(id);
        const before = actions.get(id);
        if (!record) {
          if (actions.delete(id)) actionsChanged = moved = true;
          continue;
        }
        const after = readAction(id, record);
        if (before && sameAction(before, after)) continue;
        actions.set(id, after);
        actionsChanged = true;
        if (before && samePlace(before, after)) inPlace.set(id, after);
        else moved = true;
      }
      if (actionsChanged) this.actions = actions;
    }
    const previous = this.current;
    const columns = axes ? sameItems(previous.columns, listAxis(this.doc, "column")) : previous.columns;
    const themes = axes ? sameItems(previous.themes, listAxis(this.doc, "theme")) : previous.themes;
    const nextMeta = meta ? readMeta(this.doc) : previous.meta;
    const metaSame = shallowEqual(previous.meta, nextMeta);
    if (!actionsChanged && columns === previous.columns && themes === previous.themes && metaSame) {
      return undefined;
    }
    const axesChanged = columns !== previous.columns || themes !== previous.themes;
    // A field edit (a remote keystroke in a title) re-sorts nothing: 1,000 actions take a millisecond to group.
    const grouped =
      moved || axesChanged
        ? groupBoard(previous.meta, columns, themes, this.actions.values())
        : inPlace.size > 0
          ? patchInPlace(previous, inPlace)
          : previous;
    this.current = {
      meta: metaSame ? previous.meta : nextMeta,
      columns,
      themes,
      cells: reuseCells(previous.cells, grouped.cells),
      unplaced: sameList(previous.unplaced, grouped.unplaced) ? previous.unplaced : grouped.unplaced,
      actionCount: grouped.actionCount,
    };
    return this.current;
  }

  dispose(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  private watch<T>(type: Y.AbstractType<T>, onEvents: (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void) {
    type.observeDeep(onEvents);
    this.cleanups.push(() => type.unobserveDeep(onEvents));
  }

  /** The action an event belongs to: a key of the actions root, or the first step of a deeper path. */
  private markActions(event: Y.YEvent<Y.AbstractType<unknown>>): void {
    if (isRichText(event.target)) return;
    if (event.target === actionsRoot(this.doc)) {
      for (const key of event.keys.keys()) this.dirty.actionIds.add(key);
      return;
    }
    const id = event.path[0];
    if (typeof id === "string") this.dirty.actionIds.add(id);
  }
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

function sameAction(a: ActionView, b: ActionView): boolean {
  const { partners, ...rest } = a;
  const { partners: otherPartners, ...otherRest } = b;
  return shallowEqual(rest, otherRest) && sameList(partners, otherPartners);
}

function samePlace(a: ActionView, b: ActionView): boolean {
  return a.themeId === b.themeId && a.columnId === b.columnId && a.order === b.order;
}

/** The view with each action in `changed` replaced where it stands; only the lists holding one are new. */
function patchInPlace(view: BoardView, changed: ReadonlyMap<string, ActionView>): BoardView {
  const replace = (list: ActionView[]) => {
    if (!list.some((action) => changed.has(action.id))) return list;
    return list.map((action) => changed.get(action.id) ?? action);
  };
  const cells = new Map<string, ActionView[]>();
  for (const [key, list] of view.cells) cells.set(key, replace(list));
  return { ...view, cells, unplaced: replace(view.unplaced) };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** The previous axis list when no item changed, so headers keep their props. */
function sameItems(previous: AxisItem[], next: AxisItem[]): AxisItem[] {
  const same =
    previous.length === next.length && previous.every((item, index) => shallowEqual(item, next[index]!));
  return same ? previous : next;
}

function reuseCells(
  previous: Map<string, ActionView[]>,
  next: Map<string, ActionView[]>,
): Map<string, ActionView[]> {
  const cells = new Map<string, ActionView[]>();
  for (const [key, list] of next) {
    const before = previous.get(key);
    cells.set(key, before && sameList(before, list) ? before : list);
  }
  return cells;
}
