import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addAxisItem, createAction, setMetaField } from "../../shared/board";
import { SnapshotSession } from "./snapshot-session";

function savedState(): Uint8Array {
  const doc = new Y.Doc();
  setMetaField(doc, "area", "Plymouth City Council");
  const themeId = addAxisItem(doc, "theme", "Co-operative formation");
  const columnId = addAxisItem(doc, "column", "Finance");
  createAction(doc, { title: "Find the right finance", themeId, columnId });
  return Y.encodeStateAsUpdate(doc);
}

describe("a snapshot session", () => {
  it("shows the version's content through the live board's view", () => {
    const session = new SnapshotSession("board", savedState());
    const view = session.view.get();
    expect(view.meta.area).toBe("Plymouth City Council");
    expect(view.actionCount).toBe(1);
    expect([...view.cells.values()].flat().map((action) => action.title)).toEqual(["Find the right finance"]);
  });

  it("is read-only whatever the person's role on the live board", () => {
    const session = new SnapshotSession("board", savedState());
    expect(session.canEdit).toBe(false);
    session.change(() => setMetaField(session.doc, "area", "Somewhere else"));
    expect(session.view.get().meta.area).toBe("Plymouth City Council");
  });
});
