import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { boardRecord } from "./doc-store.contract";
import { MemoryStore } from "./memory-store";
import { MemorySnapshotStore } from "./memory-snapshot-store";
import { describeSnapshotStoreContract } from "./snapshot-store.contract";
import { openSqliteSnapshotStore } from "./sqlite-snapshot-store";
import { openSqliteStore } from "./sqlite-store";

let directory: string;
let fileIndex = 0;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "coplan-snapshots-"));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeSnapshotStoreContract("sqlite", async () => {
  const file = join(directory, `snapshots-${++fileIndex}.sqlite`);
  const docs = openSqliteStore(file);
  const snapshots = openSqliteSnapshotStore(file);
  return {
    snapshots,
    createBoard: (id) => docs.createBoard(boardRecord(id), new Uint8Array([0])),
    close: async () => {
      await snapshots.close();
      await docs.close();
    },
  };
});

describeSnapshotStoreContract("memory", async () => {
  const docs = new MemoryStore();
  const snapshots = new MemorySnapshotStore(docs);
  return {
    snapshots,
    createBoard: (id) => docs.createBoard(boardRecord(id), new Uint8Array([0])),
    close: () => snapshots.close(),
  };
});
