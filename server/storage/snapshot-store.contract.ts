import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SnapshotKind } from "../../shared/api/snapshots";
import type { SnapshotRecord, SnapshotStore } from "./snapshot-store";
import { BoardNotFoundError } from "./store-errors";

export interface SnapshotStoreFixture {
  snapshots: SnapshotStore;
  /** Create a board the snapshot store can save for. */
  createBoard(id: string): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;
function snapshot(
  boardId: string,
  kind: SnapshotKind = "named",
  label = "End of workshop 2",
): SnapshotRecord {
  counter++;
  return {
    id: `snap${String(counter).padStart(8, "0")}`,
    boardId,
    label,
    kind,
    author: kind === "named" ? "Asha" : null,
    createdAt: new Date(Date.UTC(2026, 2, 12, 10, 0, counter)).toISOString(),
    summary: { matrix: { actions: counter, themes: 4, columns: 3 } },
  };
}

/** The behaviour every SnapshotStore must have; each implementation's test calls this with a fresh fixture. */
export function describeSnapshotStoreContract(name: string, open: () => Promise<SnapshotStoreFixture>): void {
  describe(`SnapshotStore contract: ${name}`, () => {
    let fixture: SnapshotStoreFixture;
    let store: SnapshotStore;

    beforeEach(async () => {
      fixture = await open();
      store = fixture.snapshots;
      await fixture.createBoard("a");
      await fixture.createBoard("b");
    });

    afterEach(async () => {
      await fixture.close();
    });

    it("[P1] a saved snapshot reads back with its record and exact state", async () => {
      const record = snapshot("a");
      await store.saveSnapshot(record, new Uint8Array([1, 2, 3]));
      expect(await store.getSnapshot("a", record.id)).toEqual({ record, state: new Uint8Array([1, 2, 3]) });
    });

    it("[P2] lists a board's snapshots newest first, without other boards'", async () => {
      const first = snapshot("a");
      const second = snapshot("a", "auto", "Automatic");
      const other = snapshot("b");
      for (const record of [first, other, second]) await store.saveSnapshot(record, new Uint8Array([0]));
      expect(await store.listSnapshots("a")).toEqual([second, first]);
      expect(await store.listSnapshots("b")).toEqual([other]);
      expect(await store.getSnapshot("b", first.id)).toBeUndefined();
    });

    it("[P3] saving for an unknown board rejects with BoardNotFoundError and stores nothing", async () => {
      await expect(store.saveSnapshot(snapshot("missing"), new Uint8Array([1]))).rejects.toBeInstanceOf(
        BoardNotFoundError,
      );
      expect(await store.listSnapshots("missing")).toEqual([]);
    });

    it("[P4] deletes one snapshot of its own board only", async () => {
      const record = snapshot("a");
      await store.saveSnapshot(record, new Uint8Array([1]));
      expect(await store.deleteSnapshot("b", record.id)).toBe(false);
      expect(await store.deleteSnapshot("a", record.id)).toBe(true);
      expect(await store.deleteSnapshot("a", record.id)).toBe(false);
      expect(await store.listSnapshots("a")).toEqual([]);
    });

    it("[P5] pruning keeps the newest of one kind and leaves the other kinds alone", async () => {
      const named = snapshot("a", "named");
      const autos = [snapshot("a", "auto"), snapshot("a", "auto"), snapshot("a", "auto")];
      const otherBoard = snapshot("b", "auto");
      for (const record of [named, ...autos, otherBoard])
        await store.saveSnapshot(record, new Uint8Array([1]));
      expect(await store.pruneSnapshots("a", "auto", 2)).toBe(1);
      expect(await store.listSnapshots("a")).toEqual([autos[2], autos[1], named]);
      expect(await store.listSnapshots("b")).toEqual([otherBoard]);
      expect(await store.pruneSnapshots("a", "auto", 2)).toBe(0);
    });
  });
}
