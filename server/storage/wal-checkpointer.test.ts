import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardRecord } from "./doc-store.contract";
import { openDatabase } from "./sqlite-database";
import { openSqliteStore } from "./sqlite-store";
import { WalCheckpointer, type Checkpoints } from "./wal-checkpointer";

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "coplan-checkpoint-"));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

const autocheckpoint = (db: Database.Database) => db.pragma("wal_autocheckpoint", { simple: true });

/** Waits (in real time: the checkpoints run on a timer) until `done` holds, for at most `ms`. */
async function eventually(done: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(done()).toBe(true);
}

/** A stand-in for the worker: counts its runs, and fails them when told to. */
function countedCheckpoints(fail = false): Checkpoints & { runs: number; closed: boolean } {
  return {
    runs: 0,
    closed: false,
    async run() {
      this.runs++;
      if (fail) throw new Error("no checkpoint here");
      return { walFrames: 0, checkpointedFrames: 0 };
    },
    async close() {
      this.closed = true;
    },
  };
}

describe("[D21] WAL checkpoints off the event loop", () => {
  /** Board "a" with about 8 MB of log (32 appends): twice SQLite's 1,000-page checkpoint threshold. */
  async function storeWithLog(file: string, checkpointEveryMs: number) {
    const store = openSqliteStore(file, { checkpointEveryMs });
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    const emptySize = statSync(file).size;
    for (let index = 0; index < 32; index++)
      await store.appendUpdates("a", [new Uint8Array(256 * 1024).fill(index)]);
    return { store, emptySize };
  }

  it("the store's own commits never checkpoint: the log stays in the WAL until a checkpoint runs", async () => {
    const file = join(directory, "held.sqlite");
    // No checkpoint within the test: any copy into the database file would be the commits' own.
    const { store, emptySize } = await storeWithLog(file, 600_000);
    expect(statSync(file).size).toBe(emptySize);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(8_000_000);
    await store.close();
  });

  it("a worker copies the WAL into the database file while the store writes", async () => {
    const file = join(directory, "store.sqlite");
    const { store, emptySize } = await storeWithLog(file, 50);
    await eventually(() => statSync(file).size > emptySize + 8_000_000);
    expect((await store.loadDoc("a"))?.updates).toHaveLength(32);
    await store.close();
    // The store's connection closed last: SQLite checkpointed and deleted the WAL as usual.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = openSqliteStore(file);
    expect((await reopened.loadDoc("a"))?.lastSeq).toBe(32);
    await reopened.close();
  });

  it("turns the connection's own checkpoints off, and runs one only after writes", async () => {
    const db = openDatabase(join(directory, "direct.sqlite"));
    db.exec("CREATE TABLE t (x)");
    const checkpoints = countedCheckpoints();
    const checkpointer = new WalCheckpointer(db, checkpoints, 20);
    expect(autocheckpoint(db)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(checkpoints.runs).toBe(0);
    db.prepare("INSERT INTO t VALUES (1)").run();
    await eventually(() => checkpoints.runs === 1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(checkpoints.runs).toBe(1);
    await checkpointer.close();
    expect(checkpoints.closed).toBe(true);
    db.close();
  });

  it("gives the checkpoints back to the connection when the worker cannot run them", async () => {
    const db = openDatabase(join(directory, "fallback.sqlite"));
    db.exec("CREATE TABLE t (x)");
    const checkpoints = countedCheckpoints(true);
    const checkpointer = new WalCheckpointer(db, checkpoints, 20);
    db.prepare("INSERT INTO t VALUES (1)").run();
    await eventually(() => autocheckpoint(db) === 1000);
    db.prepare("INSERT INTO t VALUES (2)").run();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(checkpoints.runs).toBe(1);
    await checkpointer.close();
    db.close();
  });
});
