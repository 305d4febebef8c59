import { describe, expect, it } from "vitest";
import { getActionTitleText, getBoardTitleText, readBoard, setText } from "../../shared/board";
import { ERROR_CODE } from "../../shared/api/schemas";
import { bearer, createBoard, expectError } from "./api";
import { boardContent } from "./board-content";
import { eventually, useIntegration } from "./harness";
import { diff, listSnapshots, restoreSnapshot, saveSnapshot, snapshotDoc } from "./snapshot-api";

describe("[V4] snapshots: save, list, read, compare, delete, restore", () => {
  const harness = useIntegration();

  it("saves named snapshots with a summary, lists them newest first, reads their state and deletes them", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url, { title: "Plymouth Co-op Plan" });
    const response = await fetch(`${server.url}/api/boards/${board.id}/snapshots`, {
      method: "POST",
      headers: bearer(board.facilitatorToken, { "content-type": "application/json" }),
      body: JSON.stringify({ label: "  End of workshop 1  ", author: "Asha" }),
    });
    expect(response.status).toBe(201);
    const first = await response.json();
    expect(first).toEqual({
      id: expect.stringMatching(/^[0-9a-zA-Z]{12}$/),
      label: "End of workshop 1",
      kind: "named",
      author: "Asha",
      createdAt: expect.any(String),
      summary: expect.objectContaining({ matrix: { themes: 4, columns: 3, actions: 12 } }),
    });
    const second = await saveSnapshot(server.url, board, "End of workshop 2");
    expect(second.author).toBeNull();
    expect((await listSnapshots(server.url, board)).map((item) => item.id)).toEqual([second.id, first.id]);
    expect(readBoard(await snapshotDoc(server.url, board, first.id)).actionCount).toBe(12);

    const deleted = await fetch(`${server.url}/api/boards/${board.id}/snapshots/${first.id}`, {
      method: "DELETE",
      headers: bearer(board.facilitatorToken),
    });
    expect(deleted.status).toBe(204);
    expect((await listSnapshots(server.url, board)).map((item) => item.id)).toEqual([second.id]);
  });

  it("refuses a named snapshot past SNAPSHOT_MAX_NAMED with 409 snapshot_limit; deleting one makes room", async () => {
    const server = await harness.server({ env: { SNAPSHOT_MAX_NAMED: "2" } });
    const board = await createBoard(server.url);
    const first = await saveSnapshot(server.url, board, "Workshop 1");
    await saveSnapshot(server.url, board, "Workshop 2");
    const save = () =>
      fetch(`${server.url}/api/boards/${board.id}/snapshots`, {
        method: "POST",
        headers: bearer(board.facilitatorToken, { "content-type": "application/json" }),
        body: JSON.stringify({ label: "Workshop 3" }),
      });
    const refused = await expectError(await save(), 409, ERROR_CODE.snapshotLimit);
    expect(refused.message).toContain("2 named versions");
    expect(await listSnapshots(server.url, board)).toHaveLength(2);

    await fetch(`${server.url}/api/boards/${board.id}/snapshots/${first.id}`, {
      method: "DELETE",
      headers: bearer(board.facilitatorToken),
    });
    expect((await save()).status).toBe(201);
  });

  it("compares a snapshot with the live board", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced).toBe(true));
    const s1 = await saveSnapshot(server.url, board, "Before");
    const action = [...readBoard(alice.doc).cells.values()][0]![0]!;
    setText(getActionTitleText(alice.doc, action.id)!, "Find the right kind of finance");
    const compared = await eventually(async () => {
      const result = await diff(server.url, board, s1.id);
      expect(result.changes).toHaveLength(1);
      return result;
    });
    expect(compared.from).toMatchObject({ id: s1.id, label: "Before" });
    expect(compared.to).toEqual({ id: "current", label: "Live board", createdAt: null });
    expect(compared.summary).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
    expect(compared.changes[0]).toMatchObject({
      change: "changed",
      type: "action",
      id: action.id,
      fields: [{ key: "title", before: action.title, after: "Find the right kind of finance" }],
    });
    expect((await diff(server.url, board, s1.id, s1.id)).changes).toEqual([]);
  });

  it("restores a board nobody has open, durably: a restart keeps it", async () => {
    const dataDir = await harness.tempDir();
    const server = await harness.server({ dataDir });
    const board = await createBoard(server.url, { title: "Original title" });
    const s1 = await saveSnapshot(server.url, board, "Original");
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced).toBe(true));
    setText(getBoardTitleText(alice.doc), "Changed title");
    await eventually(async () => expect((await diff(server.url, board, s1.id)).changes).toHaveLength(1));
    alice.provider.disconnect();

    await restoreSnapshot(server.url, board, s1.id);
    await server.close();
    const restarted = await harness.server({ dataDir });
    const bob = harness.client(restarted.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(bob.provider.synced).toBe(true));
    expect(boardContent(bob.doc)).toEqual(boardContent(await snapshotDoc(restarted.url, board, s1.id)));
    expect(readBoard(bob.doc).meta.title).toBe("Original title");
  });
});

describe("[V5] automatic snapshots", () => {
  const harness = useIntegration();

  it("saves one each time a board goes quiet after a burst of edits, and keeps only the newest few", async () => {
    const server = await harness.server({
      env: { SNAPSHOT_QUIET_MS: "150", SNAPSHOT_MIN_EDITS: "3", SNAPSHOT_KEEP_AUTOMATIC: "2" },
    });
    const board = await createBoard(server.url);
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced).toBe(true));
    const title = getBoardTitleText(alice.doc);
    const burst = async (edits: number) => {
      for (let edit = 0; edit < edits; edit++) {
        title.insert(0, "x");
        // Separate updates, as typing sends them.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };

    await saveSnapshot(server.url, board, "Marker");
    const seen = new Set<string>();
    for (let round = 1; round <= 3; round++) {
      await burst(4);
      const newest = await eventually(async () => {
        const autos = (await listSnapshots(server.url, board)).filter((item) => item.kind === "auto");
        expect(autos[0] && !seen.has(autos[0].id)).toBe(true);
        expect(autos).toHaveLength(Math.min(round, 2));
        return autos[0]!;
      });
      seen.add(newest.id);
      expect(newest).toMatchObject({ label: "Automatic save after editing", author: null });
      expect(readBoard(await snapshotDoc(server.url, board, newest.id)).meta.title).toBe(title.toString());
    }
    expect((await listSnapshots(server.url, board)).map((item) => item.kind)).toEqual([
      "auto",
      "auto",
      "named",
    ]);
  });
});
