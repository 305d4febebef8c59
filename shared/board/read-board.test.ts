import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { changesBoardView, readBoard } from "./read-board";
import { addAxisItem } from "./axes";
import { createAction, getActionNotes, getActionTitleText, moveAction, setActionField } from "./actions";

function board() {
  const doc = new Y.Doc();
  const columnId = addAxisItem(doc, "column", "Finance");
  const themeId = addAxisItem(doc, "theme", "Formation");
  const actionId = createAction(doc, { title: "Find finance", themeId, columnId });
  return { doc, columnId, themeId, actionId };
}

function changed(doc: Y.Doc, edit: () => void): boolean {
  let result: boolean | undefined;
  const listener = (transaction: Y.Transaction) => (result = changesBoardView(transaction));
  doc.on("afterTransaction", listener);
  doc.transact(edit);
  doc.off("afterTransaction", listener);
  return result!;
}

describe("changesBoardView", () => {
  it("is false for typing in an action's notes, which the board view does not show", () => {
    const { doc, actionId } = board();
    const notes = getActionNotes(doc, actionId)!;
    const paragraph = new Y.XmlElement("paragraph");
    expect(changed(doc, () => notes.insert(0, [paragraph]))).toBe(false);
    expect(changed(doc, () => paragraph.insert(0, [new Y.XmlText("hello")]))).toBe(false);
    const before = readBoard(doc);
    expect(readBoard(doc)).toEqual(before);
  });

  it("is true for every edit the board view shows", () => {
    const { doc, actionId, themeId, columnId } = board();
    expect(changed(doc, () => getActionTitleText(doc, actionId)!.insert(0, "New: "))).toBe(true);
    expect(changed(doc, () => setActionField(doc, actionId, "status", "done"))).toBe(true);
    expect(changed(doc, () => moveAction(doc, actionId, themeId, columnId, 0))).toBe(true);
    expect(changed(doc, () => addAxisItem(doc, "theme", "Wellbeing"))).toBe(true);
    expect(changed(doc, () => createAction(doc, { title: "Another", themeId, columnId }))).toBe(true);
  });
});
