import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { exportBoardJson } from "../export/board-json";
import { copyDoc, templateBoard, writeNotes } from "../sections/testing/template-board";
import {
  addPartner,
  createAction,
  deleteAction,
  getActionNotes,
  getActionTitleText,
  getBoardTitleText,
  moveAction,
  readBoard,
  restoreDocument,
  setActionField,
  setText,
} from ".";

const content = (doc: Y.Doc) => {
  const { exportedAt: _exportedAt, ...rest } = exportBoardJson(doc, "c".repeat(22));
  return rest;
};

describe("[V3] restoreDocument", () => {
  it("makes the live document equal to the snapshot in one transaction with the given origin", () => {
    const live = templateBoard();
    const view = readBoard(live);
    const [first, second, third] = [...view.cells.values()].map((cell) => cell[0]!);
    writeNotes(live, first!.id, "Agreed in workshop 1");
    const snapshot = copyDoc(live);

    setText(getBoardTitleText(live), "Renamed plan");
    setText(getActionTitleText(live, first!.id)!, "Something else");
    setActionField(live, first!.id, "status", "done");
    addPartner(live, first!.id, "Plymouth Energy Community");
    writeNotes(live, first!.id, "A second paragraph");
    deleteAction(live, second!.id);
    moveAction(live, third!.id, view.themes[3]!.id, view.columns[0]!.id, 0);
    createAction(live, { title: "New", themeId: view.themes[0]!.id, columnId: view.columns[0]!.id });

    const origins: unknown[] = [];
    live.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    restoreDocument(live, snapshot, "coplan:restore");
    expect(origins).toEqual(["coplan:restore"]);
    expect(content(live)).toEqual(content(snapshot));
  });

  it("leaves unchanged records, titles and notes untouched (carets in them survive)", () => {
    const live = templateBoard();
    const [first, second] = [...readBoard(live).cells.values()].map((cell) => cell[0]!);
    writeNotes(live, second!.id, "Keep me");
    const snapshot = copyDoc(live);
    const title = getActionTitleText(live, first!.id)!;
    const caret = Y.createRelativePositionFromTypeIndex(title, 5);
    const untouchedNotes = getActionNotes(live, second!.id)!;
    setText(title, `${title.toString()} (draft)`);

    const changed = new Set<unknown>();
    live.on("afterTransaction", (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) changed.add(type);
    });
    restoreDocument(live, snapshot, "coplan:restore");

    expect(getActionTitleText(live, first!.id)).toBe(title);
    expect(Y.createAbsolutePositionFromRelativePosition(caret, live)?.index).toBe(5);
    expect(getActionNotes(live, second!.id)).toBe(untouchedNotes);
    expect([...changed]).toEqual([title]);
    expect(content(live)).toEqual(content(snapshot));
  });
});
