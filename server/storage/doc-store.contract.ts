import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { BoardRecord, DocStore } from "./doc-store";
import { BoardNotFoundError, CompactionRangeError } from "./store-errors";

export function boardRecord(id: string, overrides: Partial<BoardRecord> = {}): BoardRecord {
  return {
    id,
    title: `Board ${id}`,
    template: "blank",
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    ...overrides,
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);

/**
 * The behaviour every DocStore must have. Each implementation's test file calls this with a
 * factory that returns a fresh, empty store.
 */
export function describeDocStoreContract(name: string, openStore: () => Promise<DocStore> | DocStore): void {
  describe(`DocStore contract: ${name}`, () => {
    let store: DocStore;

    beforeEach(async () => {
      store = await openStore();
    });

    afterEach(async () => {
      await store.close();
    });

    it("[D1] a created board is found with its record, initial state, no updates and seq 0", async () => {
      await store.createBoard(boardRecord("a", { title: "Plan" }), bytes(1, 2, 3));
      expect(await store.getBoard("a")).toEqual(boardRecord("a", { title: "Plan" }));
      expect(await store.loadDoc("a")).toEqual({ state: bytes(1, 2, 3), updates: [], lastSeq: 0 });
    });

    it("[D2] an unknown board is undefined to read and rejected to write", async () => {
      expect(await store.getBoard("missing")).toBeUndefined();
      expect(await store.loadDoc("missing")).toBeUndefined();
      await expect(store.appendUpdates("missing", [bytes(1)])).rejects.toBeInstanceOf(BoardNotFoundError);
      await expect(store.compact("missing", bytes(1), 0)).rejects.toBeInstanceOf(BoardNotFoundError);
    });

    it("[D3] appended updates keep their order and seqs count up across batches", async () => {
      await store.createBoard(boardRecord("a"), bytes(0));
      expect(await store.appendUpdates("a", [bytes(1), bytes(2)])).toBe(2);
      expect(await store.appendUpdates("a", [bytes(3)])).toBe(3);
      expect(await store.appendUpdates("a", [])).toBe(3);
      expect(await store.loadDoc("a")).toEqual({
        state: bytes(0),
        updates: [bytes(1), bytes(2), bytes(3)],
        lastSeq: 3,
      });
    });

    it("[D4] compaction replaces the state, drops the log through its seq and keeps later updates", async () => {
      await store.createBoard(boardRecord("a"), bytes(0));
      await store.appendUpdates("a", [bytes(1), bytes(2), bytes(3)]);
      await store.compact("a", bytes(9, 9), 2);
      expect(await store.loadDoc("a")).toEqual({ state: bytes(9, 9), updates: [bytes(3)], lastSeq: 3 });
      await store.compact("a", bytes(8), 3);
      expect(await store.loadDoc("a")).toEqual({ state: bytes(8), updates: [], lastSeq: 3 });
      expect(await store.appendUpdates("a", [bytes(4)])).toBe(4);
    });

    it("[D5] compaction refuses a seq never appended or older than the last compaction", async () => {
      await store.createBoard(boardRecord("a"), bytes(0));
      await store.appendUpdates("a", [bytes(1), bytes(2)]);
      await expect(store.compact("a", bytes(7), 3)).rejects.toBeInstanceOf(CompactionRangeError);
      await store.compact("a", bytes(7), 2);
      await expect(store.compact("a", bytes(6), 1)).rejects.toBeInstanceOf(CompactionRangeError);
      expect(await store.loadDoc("a")).toEqual({ state: bytes(7), updates: [], lastSeq: 2 });
    });

    it("[D6] creating an existing board rejects and keeps the original", async () => {
      await store.createBoard(boardRecord("a", { title: "First" }), bytes(1));
      await expect(store.createBoard(boardRecord("a", { title: "Second" }), bytes(2))).rejects.toThrow();
      expect((await store.getBoard("a"))?.title).toBe("First");
      expect((await store.loadDoc("a"))?.state).toEqual(bytes(1));
    });

    it("[D7] boards have their own logs and seqs", async () => {
      await store.createBoard(boardRecord("a"), bytes(0));
      await store.createBoard(boardRecord("b"), bytes(0));
      await store.appendUpdates("a", [bytes(1), bytes(2)]);
      expect(await store.appendUpdates("b", [bytes(5)])).toBe(1);
      await store.compact("a", bytes(3), 2);
      expect(await store.loadDoc("b")).toEqual({ state: bytes(0), updates: [bytes(5)], lastSeq: 1 });
    });

    it("[D8] appending moves updatedAt forward", async () => {
      await store.createBoard(boardRecord("a"), bytes(0));
      await store.appendUpdates("a", [bytes(1)]);
      const board = await store.getBoard("a");
      expect(board?.updatedAt && board.updatedAt > boardRecord("a").updatedAt).toBe(true);
      expect(board?.createdAt).toBe(boardRecord("a").createdAt);
    });

    it("[D9] a Yjs document rebuilt from state plus log equals the original", async () => {
      const doc = new Y.Doc();
      const text = doc.get("text", Y.Text);
      text.insert(0, "hello");
      await store.createBoard(boardRecord("a"), Y.encodeStateAsUpdate(doc));
      const updates: Uint8Array[] = [];
      doc.on("update", (update: Uint8Array) => updates.push(update));
      text.insert(5, " world");
      text.delete(0, 1);
      await store.appendUpdates("a", updates);

      const stored = await store.loadDoc("a");
      const copy = new Y.Doc();
      if (stored?.state) Y.applyUpdate(copy, stored.state);
      for (const update of stored?.updates ?? []) Y.applyUpdate(copy, update);
      expect(copy.get("text", Y.Text).toString()).toBe("ello world");
    });
  });
}
