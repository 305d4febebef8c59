import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText, restoreDocument, setText } from "../../shared/board";
import { newBoardId } from "../../shared/board/ids";
import { BoardSession } from "./board-session";

const fromServer = (server: Y.Doc, session: BoardSession) =>
  Y.applyUpdate(session.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(session.doc)), "server");

describe("[V9] BoardSession undo and restores", () => {
  it("a restore from elsewhere empties the undo stack: Undo cannot re-apply an edit made before it", () => {
    const server = new Y.Doc();
    getBoardTitleText(server).insert(0, "Plymouth plan");
    const snapshot = new Y.Doc();
    Y.applyUpdate(snapshot, Y.encodeStateAsUpdate(server));

    const session = new BoardSession(newBoardId(), "editor");
    fromServer(server, session);
    session.change(() => setText(getBoardTitleText(session.doc), "Plymouth plan, draft 2"));
    expect(session.undoManager.canUndo()).toBe(true);

    Y.applyUpdate(server, Y.encodeStateAsUpdate(session.doc));
    restoreDocument(server, snapshot, "restore", { snapshotId: "s1", label: "Workshop 1", at: "2026-11-25" });
    fromServer(server, session);
    expect(getBoardTitleText(session.doc).toString()).toBe("Plymouth plan");
    expect(session.undoManager.canUndo()).toBe(false);
    session.undo();
    expect(getBoardTitleText(session.doc).toString()).toBe("Plymouth plan");
  });

  it("keeps the undo stack for ordinary edits from others", () => {
    const server = new Y.Doc();
    getBoardTitleText(server).insert(0, "Plan");
    const session = new BoardSession(newBoardId(), "editor");
    fromServer(server, session);
    session.change(() => setText(getBoardTitleText(session.doc), "Plan A"));
    Y.applyUpdate(server, Y.encodeStateAsUpdate(session.doc));
    getBoardTitleText(server).insert(0, "The ");
    fromServer(server, session);
    expect(session.undoManager.canUndo()).toBe(true);
  });
});
