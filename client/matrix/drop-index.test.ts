import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAxisItem, createAction, listCell, moveAction } from "../../shared/board";
import { dropIndex } from "./drop-index";

describe("dropIndex", () => {
  const cell = ["a", "b", "c", "d"];

  it("places a card before or after the target, ignoring the moving card's old slot", () => {
    expect(dropIndex(cell, { key: "c", dropPosition: "before" }, ["a"])).toBe(1);
    expect(dropIndex(cell, { key: "c", dropPosition: "after" }, ["a"])).toBe(2);
    expect(dropIndex(cell, { key: "a", dropPosition: "before" }, ["x"])).toBe(0);
    expect(dropIndex(cell, { key: "d", dropPosition: "after" }, ["x"])).toBe(4);
  });

  it("falls back to the end when the target is one of the moving cards", () => {
    expect(dropIndex(cell, { key: "b", dropPosition: "after" }, ["b"])).toBe(3);
  });

  it("gives the order a person sees after moveAction", () => {
    const doc = new Y.Doc();
    const column = addAxisItem(doc, "column", "Finance");
    const theme = addAxisItem(doc, "theme", "Theme");
    const ids = ["one", "two", "three", "four"].map((title) =>
      createAction(doc, { title, themeId: theme, columnId: column }),
    );
    // Drag "one" to just after "three".
    const index = dropIndex(ids, { key: ids[2]!, dropPosition: "after" }, [ids[0]!]);
    moveAction(doc, ids[0]!, theme, column, index);
    expect(listCell(doc, theme, column).map((a) => a.title)).toEqual(["two", "three", "one", "four"]);
  });
});
