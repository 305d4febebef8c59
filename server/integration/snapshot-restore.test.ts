import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createAction,
  deleteAction,
  getActionNotes,
  getBoardTitleText,
  readBoard,
  setActionField,
  setText,
} from "../../shared/board";
import type { BoardExport } from "../../shared/export/board-json";
import { createBoard } from "./api";
import { boardContent } from "./board-content";
import { eventually, useIntegration, type TestClient } from "./harness";
import { exportFile, listSnapshots, restoreSnapshot, saveSnapshot, snapshotDoc } from "./snapshot-api";

/** What Tiptap writes for one typed paragraph. */
function typeNote(doc: Y.Doc, actionId: string, text: string): void {
  const notes = getActionNotes(doc, actionId)!;
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  notes.insert(notes.length, [paragraph]);
}

/** Counts the provider's WebSocket connections: a reconnect would open a second one. */
function connectionCount(client: TestClient): () => number {
  let opened = 1;
  client.provider.on("status", ({ status }: { status: string }) => {
    if (status === "connected") opened++;
  });
  return () => opened;
}

describe("[V3] restore over the live board", () => {
  const harness = useIntegration();

  it("connected stock clients receive the restored board live, and the live export equals the snapshot's", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url, {
      title: "Plymouth Co-op Plan",
      area: "Plymouth City Council",
    });
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    const bob = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced && bob.provider.synced).toBe(true));
    const connections = [connectionCount(alice), connectionCount(bob)];
    alice.provider.awareness.setLocalStateField("user", { name: "Alice" });
    await eventually(() => expect(bob.provider.awareness.getStates().has(alice.doc.clientID)).toBe(true));

    const view = readBoard(alice.doc);
    const [first, second] = [...view.cells.values()].map((cell) => cell[0]!);
    setActionField(alice.doc, first!.id, "owner", "Economic development team");
    await eventually(() => expect(readBoard(bob.doc).cells.size).toBe(view.cells.size));
    await eventually(async () => expect(boardContent(bob.doc)).toEqual(boardContent(alice.doc)));
    const s1 = await saveSnapshot(server.url, board, "End of workshop 1");

    // After S1: a renamed plan, a deleted action, a new one, a changed owner and notes.
    setText(getBoardTitleText(bob.doc), "Renamed by Bob");
    deleteAction(bob.doc, second!.id);
    createAction(bob.doc, { title: "Open a co-op hub", themeId: first!.themeId, columnId: first!.columnId });
    setActionField(bob.doc, first!.id, "owner", "Nobody");
    typeNote(bob.doc, first!.id, "Draft");
    await eventually(() => expect(boardContent(alice.doc)).toEqual(boardContent(bob.doc)));
    expect(readBoard(alice.doc).meta.title).toBe("Renamed by Bob");

    const result = await restoreSnapshot(server.url, board, s1.id);
    expect(result.restored).toMatchObject({ id: s1.id, label: "End of workshop 1", kind: "named" });
    expect(result.beforeRestore).toMatchObject({
      kind: "before-restore",
      label: "Before restoring “End of workshop 1”",
    });

    const snapshot = await snapshotDoc(server.url, board, s1.id);
    await eventually(() => {
      expect(boardContent(alice.doc)).toEqual(boardContent(snapshot));
      expect(boardContent(bob.doc)).toEqual(boardContent(snapshot));
    });
    expect(readBoard(bob.doc).meta.title).toBe("Plymouth Co-op Plan");
    expect(connections.map((count) => count())).toEqual([1, 1]);
    expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: "Alice" } });

    const live = (await (await exportFile(server.url, board, "format=json")).json()) as BoardExport;
    const frozen = (await (
      await exportFile(server.url, board, `format=json&snapshot=${s1.id}`)
    ).json()) as BoardExport;
    const { exportedAt: _liveAt, snapshot: liveVersion, ...liveContent } = live;
    const { exportedAt: _frozenAt, snapshot: frozenVersion, ...frozenContent } = frozen;
    expect(liveVersion).toBeNull();
    expect(frozenVersion).toMatchObject({ id: s1.id, label: "End of workshop 1" });
    expect(liveContent).toEqual(frozenContent);

    // The restore is itself undoable: restoring the automatic "before restore" snapshot brings Bob's edits back.
    const beforeDoc = await snapshotDoc(server.url, board, result.beforeRestore.id);
    expect(readBoard(beforeDoc).meta.title).toBe("Renamed by Bob");
    await restoreSnapshot(server.url, board, result.beforeRestore.id);
    await eventually(() => expect(boardContent(alice.doc)).toEqual(boardContent(beforeDoc)));
    const kinds = (await listSnapshots(server.url, board)).map((item) => item.kind);
    expect(kinds).toEqual(["before-restore", "before-restore", "named"]);
  });
});
