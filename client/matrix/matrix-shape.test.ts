import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addAxisItem,
  cellKey,
  createAction,
  deleteAction,
  getActionTitleText,
  moveAction,
  setActionField,
  setText,
} from "../../shared/board";
import { BoardViewReader } from "../../shared/board/board-view-reader";
import { findActionInView } from "./find-action";
import { MatrixShapeReader } from "./matrix-shape";

function board() {
  const doc = new Y.Doc();
  const finance = addAxisItem(doc, "column", "Finance");
  const support = addAxisItem(doc, "column", "Support");
  const theme = addAxisItem(doc, "theme", "Formation");
  const ids = [0, 1, 2].map((index) =>
    createAction(doc, { title: `Action ${index}`, themeId: theme, columnId: finance }),
  );
  const views = new BoardViewReader(doc);
  const shapes = new MatrixShapeReader();
  const shape = () => {
    views.take();
    return shapes.read(views.view);
  };
  return { doc, finance, support, theme, ids, views, shape };
}

describe("MatrixShapeReader", () => {
  it("keeps the same shape when only an action's fields change, while the card reads the new action", () => {
    const { doc, ids, views, shape } = board();
    const before = shape();
    setText(getActionTitleText(doc, ids[1]!)!, "Renamed");
    setActionField(doc, ids[2]!, "status", "done");
    expect(shape()).toBe(before);
    expect(findActionInView(views.view, ids[1]!)?.title).toBe("Renamed");
    expect(findActionInView(views.view, ids[2]!)?.status).toBe("done");
  });

  it("gives a new list to a cell whose cards change, keeps the other cells' lists and each card's item", () => {
    const { doc, ids, theme, finance, support, views, shape } = board();
    const before = shape();
    const financeBefore = before.cells.get(cellKey(theme, finance))!;
    moveAction(doc, ids[0]!, theme, support, 0);
    const after = shape();
    expect(after).not.toBe(before);
    expect(after.cells.get(cellKey(theme, finance))!.map((item) => item.id)).toEqual([ids[1], ids[2]]);
    expect(after.cells.get(cellKey(theme, support))![0]).toBe(financeBefore[0]);
    expect(after.placedCount).toBe(3);

    const added = createAction(doc, { title: "New", themeId: theme, columnId: support });
    const withAdded = shape();
    expect(withAdded.cells.get(cellKey(theme, finance))).toBe(after.cells.get(cellKey(theme, finance)));
    expect(withAdded.cells.get(cellKey(theme, support))!.map((item) => item.id)).toEqual([ids[0], added]);

    deleteAction(doc, ids[1]!);
    expect(shape().placedCount).toBe(3);
    expect(findActionInView(views.view, ids[1]!)).toBeUndefined();
  });
});
