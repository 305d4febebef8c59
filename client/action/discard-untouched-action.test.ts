import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  addAxisItem,
  addPartner,
  createAction,
  findAction,
  getActionNotes,
  getActionTitleText,
  setActionField,
  setText,
} from "../../shared/board";
import { BoardSession } from "../sync/board-session";
import { discardUntouchedAction } from "./discard-untouched-action";

function sessionWithNewAction() {
  const session = new BoardSession("board", "editor");
  const where: { themeId: string; columnId: string } = { themeId: "", columnId: "" };
  session.doc.transact(() => {
    where.themeId = addAxisItem(session.doc, "theme", "Formation");
    where.columnId = addAxisItem(session.doc, "column", "Finance");
  });
  let id = "";
  session.change(() => (id = createAction(session.doc, { title: "", ...where })));
  return { session, id };
}

describe("discardUntouchedAction", () => {
  it("removes a new action left empty, as an edit Undo brings back", () => {
    const { session, id } = sessionWithNewAction();
    // The notes editor's own empty paragraph does not count as content.
    getActionNotes(session.doc, id)!.insert(0, [new Y.XmlElement("paragraph")]);
    expect(discardUntouchedAction(session, id)?.id).toBe(id);
    expect(findAction(session.doc, id)).toBeUndefined();
    session.undo();
    expect(findAction(session.doc, id)).toBeDefined();
  });

  it.each([
    ["a title", (s: BoardSession, id: string) => setText(getActionTitleText(s.doc, id)!, "Map lenders")],
    ["an owner", (s: BoardSession, id: string) => setActionField(s.doc, id, "owner", "Finance team")],
    ["a partner", (s: BoardSession, id: string) => addPartner(s.doc, id, "Co-operatives UK")],
    ["a status", (s: BoardSession, id: string) => setActionField(s.doc, id, "status", "planned")],
    ["a due date", (s: BoardSession, id: string) => setActionField(s.doc, id, "due", "2026-03-31")],
    ["a milestone", (s: BoardSession, id: string) => setActionField(s.doc, id, "milestone", "Cabinet")],
    [
      "notes",
      (s: BoardSession, id: string) => {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText("Ask the Chamber")]);
        getActionNotes(s.doc, id)!.insert(0, [paragraph]);
      },
    ],
  ])("keeps a new action with %s, whoever added it", (_what, fill) => {
    const { session, id } = sessionWithNewAction();
    session.doc.transact(() => fill(session, id));
    expect(discardUntouchedAction(session, id)).toBeUndefined();
    expect(findAction(session.doc, id)).toBeDefined();
  });

  it("does nothing for an action that is already gone", () => {
    const { session } = sessionWithNewAction();
    expect(discardUntouchedAction(session, "missing")).toBeUndefined();
  });
});
