import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText, readMeta, setText } from "../../shared/board";
import { TRANSACTION_ORIGIN } from "../../shared/protocol/transaction-origins";
import { MemoryStore } from "../storage/memory-store";
import { RoomManager } from "./room-manager";
import { createTestBoard } from "./testing/boards";
import { TestClient } from "./testing/test-client";

describe("server writes to a live board", () => {
  let manager: RoomManager;
  afterEach(async () => {
    await manager.shutdown();
  });

  async function setUp() {
    const store = new MemoryStore();
    const edits: string[] = [];
    manager = new RoomManager({ store, onEdit: (boardId) => edits.push(boardId) });
    await createTestBoard(store, "board");
    return { store, edits };
  }

  const storedTitle = async (store: MemoryStore) => {
    const stored = (await store.loadDoc("board"))!;
    const doc = new Y.Doc();
    for (const blob of [stored.state!, ...stored.updates]) Y.applyUpdate(doc, blob);
    return readMeta(doc).title;
  };

  it("[V1] writeDoc resolves once the change is stored, and every connection receives it live", async () => {
    const { store, edits } = await setUp();
    const alice = new TestClient(manager, "board");
    const bob = new TestClient(manager, "board");
    await vi.waitFor(() => expect(alice.synced && bob.synced).toBe(true));
    const origins: unknown[] = [];
    await manager.writeDoc("board", (doc) => {
      doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
      doc.transact(() => setText(getBoardTitleText(doc), "Restored plan"), TRANSACTION_ORIGIN.restore);
    });
    expect(await storedTitle(store)).toBe("Restored plan");
    expect(origins).toEqual([TRANSACTION_ORIGIN.restore]);
    await vi.waitFor(() =>
      expect([readMeta(alice.doc).title, readMeta(bob.doc).title]).toEqual([
        "Restored plan",
        "Restored plan",
      ]),
    );
    expect(alice.closeCode ?? bob.closeCode).toBeUndefined();
    expect(edits).toEqual([]);
  });

  it("[V1] writeDoc loads a board nobody has open, and is undefined for an unknown board", async () => {
    const { store } = await setUp();
    expect(
      await manager.writeDoc("board", (doc) => setText(getBoardTitleText(doc), "Quiet change")),
    ).toBeUndefined();
    expect(await storedTitle(store)).toBe("Quiet change");
    expect(await manager.writeDoc("missing", () => "never")).toBeUndefined();
  });

  it("[V2] onEdit counts a person's edits only, and readDurableDoc sees them once stored", async () => {
    const { store, edits } = await setUp();
    const alice = new TestClient(manager, "board");
    await vi.waitFor(() => expect(alice.synced).toBe(true));
    getBoardTitleText(alice.doc).insert(0, "Edited ");
    await vi.waitFor(() => expect(edits).toEqual(["board"]));
    const title = await manager.readDurableDoc("board", (doc) => readMeta(doc).title);
    expect(title).toBe("Edited Test plan");
    expect(await storedTitle(store)).toBe("Edited Test plan");
  });
});
