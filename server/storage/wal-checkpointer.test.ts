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
function countedCheckpoints(
  fail = false,
): Checkpoints & { runs: number; closed: boolean; prestarted: boolean } {
  return {
    runs: 0,
    closed: false,
    prestarted: false,
    async run() {
      this.runs++;
      if (fail) throw new Error("no checkpoint here");
      return { walFrames: 0, checkpointedFrames: 0, restarted: false };
    },
    prestart() {
      this.prestarted = true;
    },
    async close() {
      this.closed = true;
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("[D21] WAL checkpoints off the event loop", () => {
  /** Board "a" with about 8 MB of log (32 appends): twice SQLite's 1,000-page checkpoint threshold. */
  async function storeWithLog(file: string, everyMs: number) {
    const store = openSqliteStore(file, { checkpoints: { everyMs, startAboveFrames: 64 } });
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
    try {
      expect(statSync(file).size).toBe(emptySize);
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(8_000_000);
    } finally {
      await store.close();
    }
  });

  it("a worker copies the WAL into the database file; closing leaves no WAL, and every row reads back", async () => {
    const file = join(directory, "store.sqlite");
    const { store, emptySize } = await storeWithLog(file, 50);
    try {
      await eventually(() => statSync(file).size > emptySize + 8_000_000);
      expect((await store.loadDoc("a"))?.updates).toHaveLength(32);
    } finally {
      await store.close();
    }
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = openSqliteStore(file);
    try {
      expect((await reopened.loadDoc("a"))?.lastSeq).toBe(32);
    } finally {
      await reopened.close();
    }
  });

  it("under steady writes the WAL starts again: its file stays bounded", async () => {
    const file = join(directory, "steady.sqlite");
    const store = openSqliteStore(file, {
      checkpoints: { everyMs: 50, startAboveFrames: 64, restartAboveFrames: 256 },
    });
    try {
      await store.createBoard(boardRecord("a"), new Uint8Array([0]));
      // The worker's first checkpoint (its thread started, warm) before the steady writes are timed.
      const emptySize = statSync(file).size;
      for (let index = 0; index < 64; index++) await store.appendUpdates("a", [new Uint8Array(16 * 1024)]);
      await eventually(() => statSync(file).size > emptySize);
      // About 24 MB in 16 KB appends, one every millisecond or so for about 1.5 s: a checkpoint always
      // overlaps a write, so without RESTARTs the WAL is never started again and holds all of it.
      const until = Date.now() + 1500;
      let written = 0;
      while (Date.now() < until || written < 24_000_000) {
        await store.appendUpdates("a", [new Uint8Array(16 * 1024).fill(written % 251)]);
        written += 16 * 1024;
        await pause(1);
      }
      expect(statSync(`${file}-wal`).size).toBeLessThan(written / 2);
    } finally {
      await store.close();
    }
  });

  /**
   * A connection to `name` (a table `t` to write to) checkpointed every 20 ms by a stand-in, given to
   * `body`; everything is closed after it, and the stand-in returned.
   */
  async function withCheckpointer(
    name: string,
    options: { fail?: boolean; startAtOnce?: boolean; onFallback?: (error: unknown) => void },
    body: (db: Database.Database, checkpoints: ReturnType<typeof countedCheckpoints>) => Promise<void>,
  ) {
    const db = openDatabase(join(directory, name));
    db.exec("CREATE TABLE t (x)");
    const checkpoints = countedCheckpoints(options.fail);
    const checkpointer = new WalCheckpointer(
      db,
      checkpoints,
      { everyMs: 20, startAtOnce: options.startAtOnce },
      options.onFallback,
    );
    try {
      await body(db, checkpoints);
    } finally {
      await checkpointer.close();
      db.close();
    }
    return checkpoints;
  }

  it("turns the connection's own checkpoints off, and starts checkpointing only once it has written", async () => {
    const checkpoints = await withCheckpointer("direct.sqlite", {}, async (db, checkpoints) => {
      expect(autocheckpoint(db)).toBe(0);
      await pause(120);
      expect(checkpoints.runs).toBe(0);
      db.prepare("INSERT INTO t VALUES (1)").run();
      await eventually(() => checkpoints.runs >= 2);
    });
    expect(checkpoints.closed).toBe(true);
  });

  it("a server's checkpointer starts its worker at once and checkpoints without waiting for a write", async () => {
    await withCheckpointer("server.sqlite", { startAtOnce: true }, async (_db, checkpoints) => {
      expect(checkpoints.prestarted).toBe(true);
      await eventually(() => checkpoints.runs >= 1);
    });
  });

  it("a commit by another connection to the file starts the checkpoints too (the access store creates boards)", async () => {
    await withCheckpointer("other-writer.sqlite", {}, async (_db, checkpoints) => {
      const other = openDatabase(join(directory, "other-writer.sqlite"), { checkpointsElsewhere: true });
      try {
        await pause(120);
        expect(checkpoints.runs).toBe(0);
        other.prepare("INSERT INTO t VALUES (1)").run();
        await eventually(() => checkpoints.runs >= 1);
      } finally {
        other.close();
      }
    });
  });

  it("gives the checkpoints back to the connection, and says so, when three checkpoints in a row fail", async () => {
    const reasons: unknown[] = [];
    const onFallback = (error: unknown) => reasons.push(error);
    await withCheckpointer("fallback.sqlite", { fail: true, onFallback }, async (db, checkpoints) => {
      db.prepare("INSERT INTO t VALUES (1)").run();
      await eventually(() => autocheckpoint(db) === 1000);
      await pause(120);
      expect(checkpoints.runs).toBe(3);
      expect(String(reasons[0])).toContain("no checkpoint here");
    });
  });

  it("the access and snapshot stores' connections leave checkpoints to the document store's", () => {
    const file = join(directory, "shared.sqlite");
    const own = openDatabase(file);
    const other = openDatabase(file, { checkpointsElsewhere: true });
    try {
      expect(autocheckpoint(own)).toBe(1000);
      expect(autocheckpoint(other)).toBe(0);
    } finally {
      other.close();
      own.close();
    }
  });
});
