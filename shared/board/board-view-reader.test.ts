import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import {
  addAxisItem,
  cellKey,
  createAction,
  deleteAxisItem,
  getActionNotes,
  getActionTitleText,
  getBoardTitleText,
  moveAction,
  readBoard,
  setActionField,
  setText,
  type ActionView,
  type BoardView,
} from "./index";
import { BoardViewReader } from "./board-view-reader";
import { compareOrdered } from "./order";

/** A board on a "remote" replica, and a local replica that receives its updates as a peer would. */
function replicas(actionsPerCell = 3) {
  const remote = new Y.Doc();
  const finance = addAxisItem(remote, "column", "Finance");
  const support = addAxisItem(remote, "column", "Support");
  const theme = addAxisItem(remote, "theme", "Formation");
  const ids: string[] = [];
  for (const columnId of [finance, support]) {
    for (let index = 0; index < actionsPerCell; index++) {
      ids.push(createAction(remote, { title: `Action ${ids.length + 1}`, themeId: theme, columnId }));
    }
  }
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
  const reader = new BoardViewReader(local);
  const views: BoardView[] = [];
  local.on("afterTransaction", () => {
    const view = reader.take();
    if (view) views.push(view);
  });
  const sync = (edit: () => void) => {
    const before = Y.encodeStateVector(remote);
    edit();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote, before), "remote");
  };
  return { remote, local, reader, views, sync, ids, finance, support, theme };
}

const allActions = (view: BoardView): ActionView[] => [...view.cells.values(), view.unplaced].flat();
const byId = (view: BoardView, id: string) => allActions(view).find((action) => action.id === id);

describe("BoardViewReader", () => {
  it("starts with what readBoard reads", () => {
    const { local, reader } = replicas();
    expect(reader.view).toEqual(readBoard(local));
  });

  it("a remote title change makes only that action's view new; every other action, cell and axis stays identical", () => {
    const { reader, views, sync, remote, ids, theme, finance, support } = replicas();
    const before = reader.view;
    const changed = ids[1]!;
    sync(() => setText(getActionTitleText(remote, changed)!, "Seed fund"));

    expect(views).toHaveLength(1);
    const after = reader.view;
    expect(after).not.toBe(before);
    expect(byId(after, changed)?.title).toBe("Seed fund");
    expect(byId(after, changed)).not.toBe(byId(before, changed));
    for (const id of ids.filter((other) => other !== changed)) expect(byId(after, id)).toBe(byId(before, id));
    expect(after.cells.get(cellKey(theme, finance))).not.toBe(before.cells.get(cellKey(theme, finance)));
    expect(after.cells.get(cellKey(theme, support))).toBe(before.cells.get(cellKey(theme, support)));
    expect(after.columns).toBe(before.columns);
    expect(after.themes).toBe(before.themes);
    expect(after.meta).toBe(before.meta);
    expect(after.unplaced).toBe(before.unplaced);
  });

  it("a field edit that keeps every action's place is patched in without re-sorting the board", () => {
    const { reader, sync, remote, ids } = replicas();
    const sort = vi.spyOn(Array.prototype, "sort");
    try {
      sync(() => {
        setText(getActionTitleText(remote, ids[4]!)!, "Renamed");
        setActionField(remote, ids[0]!, "status", "done");
      });
      // Yjs sorts on its own; the board's order comparator is what grouping sorts with.
      expect(sort.mock.calls.filter(([compare]) => compare === compareOrdered)).toEqual([]);
    } finally {
      sort.mockRestore();
    }
    expect(reader.view).toEqual(readBoard(remote));
    // A move in the same transaction as an edit still re-sorts.
    sync(() => {
      setText(getActionTitleText(remote, ids[1]!)!, "Moved and renamed");
      moveAction(remote, ids[2]!, reader.view.themes[0]!.id, reader.view.columns[0]!.id, 0);
    });
    expect(reader.view).toEqual(readBoard(remote));
  });

  it("typing in an action's notes hands out no new view", () => {
    const { reader, views, sync, remote, ids } = replicas();
    const before = reader.view;
    sync(() => getActionNotes(remote, ids[0]!)!.insert(0, [new Y.XmlText("Call the credit union")]));
    expect(views).toHaveLength(0);
    expect(reader.view).toBe(before);
  });

  it("a move re-sorts both cells and keeps the moved action's other cell mates identical", () => {
    const { reader, sync, remote, ids, theme, finance, support } = replicas();
    const before = reader.view;
    const moved = ids[0]!;
    sync(() => moveAction(remote, moved, theme, support, 1));
    const after = reader.view;
    const supportCell = after.cells.get(cellKey(theme, support))!;
    expect(supportCell.map((action) => action.id)).toEqual([ids[3], moved, ids[4], ids[5]]);
    expect(after.cells.get(cellKey(theme, finance))!.map((action) => action.id)).toEqual([ids[1], ids[2]]);
    expect(byId(after, ids[1]!)).toBe(byId(before, ids[1]!));
    expect(byId(after, ids[3]!)).toBe(byId(before, ids[3]!));
    expect(after).toEqual(readBoard(remote));
  });

  it("follows added and deleted actions, fields, axes and meta to the same view readBoard reads", () => {
    const { local, reader, sync, remote, ids, theme, finance } = replicas();
    sync(() => {
      createAction(remote, { title: "New", themeId: theme, columnId: finance, index: 0 });
      setActionField(remote, ids[2]!, "status", "done");
      setText(getBoardTitleText(remote), "Plymouth plan");
    });
    expect(reader.view).toEqual(readBoard(local));
    expect(reader.view.meta.title).toBe("Plymouth plan");
    const before = reader.view;
    sync(() => addAxisItem(remote, "column", "Inform"));
    expect(reader.view.columns).not.toBe(before.columns);
    expect(byId(reader.view, ids[0]!)).toBe(byId(before, ids[0]!));
    sync(() => deleteAxisItem(remote, "column", finance));
    expect(reader.view).toEqual(readBoard(local));
    // Deleting Finance takes its four actions (three and "New") with it.
    expect(reader.view.actionCount).toBe(3);
  });

  it("stops following the document once disposed", () => {
    const { reader, sync, remote, ids } = replicas();
    const before = reader.view;
    reader.dispose();
    sync(() => setText(getActionTitleText(remote, ids[0]!)!, "Changed"));
    expect(reader.take()).toBeUndefined();
    expect(reader.view).toBe(before);
  });
});
