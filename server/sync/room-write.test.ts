import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText, readMeta, setText } from "../../shared/board";
import { TRANSACTION_ORIGIN } from "../../shared/protocol/transaction-origins";
import { readBoardOutline } from "../../shared/board/board-outline";
import { MemoryStore } from "../storage/memory-store";
import { RoomUnavailableError } from "./room-errors";
import { RoomManager } from "./room-manager";
import { createTestBoard } from "./testing/boards";
import { deferred, InstrumentedStore } from "./testing/instrumented-store";
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

  it("[S7] readDurableDoc (the first view's outline) waits for an edit being stored, and never reads one the store refused", async () => {
    const store = new InstrumentedStore(new MemoryStore());
    manager = new RoomManager({ store });
    await createTestBoard(store, "board");
    const alice = new TestClient(manager, "board");
    await vi.waitFor(() => expect(alice.synced).toBe(true));
    const outlineTitle = () => manager.readDurableDoc("board", (doc) => readBoardOutline(doc).title);

    store.holdAppends = deferred();
    getBoardTitleText(alice.doc).insert(0, "Stored ");
    await vi.waitFor(() => expect(store.appendCalls).toBe(1));
    let read: string | undefined;
    const reading = outlineTitle().then((title) => (read = title));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toBeUndefined();
    store.holdAppends.resolve();
    expect(await reading).toBe("Stored Test plan");

    store.holdAppends = deferred();
    getBoardTitleText(alice.doc).insert(0, "Refused ");
    await vi.waitFor(() => expect(store.appendCalls).toBe(2));
    const refusedRead = outlineTitle().then(
      (title) => ({ title }),
      (error: unknown) => ({ error }),
    );
    store.failAppendsOf = (updates) =>
      updates.some((update) => new TextDecoder().decode(update).includes("Refused"));
    store.holdAppends.resolve();
    const outcome = await refusedRead;
    // The room closes on the failed write: the read is refused with it, as the route then answers 503.
    expect(outcome).toEqual({ error: expect.any(RoomUnavailableError) });
    // The room that failed to store is gone; the next read loads the board as stored.
    store.failAppendsOf = undefined;
    expect(await outlineTitle()).toBe("Stored Test plan");
  });
});
