import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import * as Y from "yjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardRecord, describeDocStoreContract } from "./doc-store.contract";
import { DB_MIGRATIONS, migrateDatabase, readDatabaseVersion } from "./db-migrations";
import { openDatabase } from "./sqlite-database";
import { openSqliteStore, type SqliteDocStore } from "./sqlite-store";
import { BoardNotFoundError } from "./store-errors";

let directory: string;
let fileIndex = 0;
const nextFile = () => join(directory, `store-${++fileIndex}.sqlite`);

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "coplan-sqlite-"));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeDocStoreContract("sqlite", () => openSqliteStore(nextFile()));

/** Board "a" created with a text reading "hello"; each later edit's update waits in `updates`. */
async function helloBoard(
  store: SqliteDocStore,
): Promise<{ doc: Y.Doc; text: Y.Text; updates: Uint8Array[] }> {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const text = doc.get("text", Y.Text);
  text.insert(0, "hello");
  await store.createBoard(boardRecord("a"), updates.shift()!);
  return { doc, text, updates };
}

describe("SQLite store", () => {
  it("[D10] reopening the file keeps boards, state, log and seqs", async () => {
    const file = nextFile();
    const first = openSqliteStore(file);
    await first.createBoard(boardRecord("a"), new Uint8Array([1]));
    await first.appendUpdates("a", [new Uint8Array([2]), new Uint8Array([3])]);
    await first.compact("a", new Uint8Array([4]), 1);
    const board = await first.getBoard("a");
    await first.close();

    const second = openSqliteStore(file);
    expect(await second.getBoard("a")).toEqual(board);
    expect(await second.loadDoc("a")).toEqual({
      state: new Uint8Array([4]),
      updates: [new Uint8Array([3])],
      lastSeq: 2,
    });
    expect(await second.appendUpdates("a", [new Uint8Array([5])])).toBe(3);
    await second.close();
  });

  it("[D11] creates the parent directory and opens in WAL mode with FULL sync by default", () => {
    const file = join(directory, "nested", "deeper", "coplan.sqlite");
    const db = openDatabase(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
    db.close();
    const normal = openDatabase(file, { synchronous: "NORMAL" });
    expect(normal.pragma("synchronous", { simple: true })).toBe(1);
    normal.close();
  });

  it("[D12] DB migrations run once at open and are recorded", () => {
    const file = nextFile();
    openDatabase(file).close();
    const db = new Database(file);
    const latest = DB_MIGRATIONS.at(-1)?.version;
    expect(readDatabaseVersion(db)).toBe(latest);
    expect(db.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all()).toEqual(
      DB_MIGRATIONS.map(({ version, name }) => ({ version, name })),
    );
    expect(migrateDatabase(db)).toEqual([]);
    db.close();
  });

  it("[D13] a database from a newer server is refused rather than written to", () => {
    const file = nextFile();
    openDatabase(file).close();
    const db = new Database(file);
    db.prepare(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')",
    ).run();
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer/);
  });

  it("[D15] appends of several boards asked for in one tick are committed together, each with its own seqs", async () => {
    const store = openSqliteStore(nextFile());
    for (const id of ["a", "b", "c"]) await store.createBoard(boardRecord(id), new Uint8Array([0]));
    await store.appendUpdates("b", [new Uint8Array([9])]);
    const before = store.appendCommits();

    const seqs = await Promise.all([
      store.appendUpdates("a", [new Uint8Array([1]), new Uint8Array([2])]),
      store.appendUpdates("b", [new Uint8Array([3])]),
      store.appendUpdates("c", [new Uint8Array([4])]),
    ]);
    expect(seqs).toEqual([2, 2, 1]);
    expect(store.appendCommits() - before).toBe(1);
    expect((await store.loadDoc("a"))?.updates).toEqual([new Uint8Array([1]), new Uint8Array([2])]);
    expect((await store.loadDoc("b"))?.updates).toEqual([new Uint8Array([9]), new Uint8Array([3])]);
    expect((await store.loadDoc("c"))?.updates).toEqual([new Uint8Array([4])]);
    await store.close();
  });

  it("[D15] a commit announced with appendSoon runs in the same turn as the append that follows it", async () => {
    const store = openSqliteStore(nextFile());
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    const before = store.appendCommits();
    let appended: Promise<number> | undefined;
    // As a room does: its flush is scheduled first, then the store is told an append is coming.
    setImmediate(() => (appended = store.appendUpdates("a", [new Uint8Array([1])])));
    store.appendSoon();
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.appendCommits()).toBe(before + 1);
    expect(await appended).toBe(1);
    await store.close();
  });

  it("[D18] an append resolves only once the WAL was flushed after its commit, and the flush runs off the event loop", async () => {
    const file = nextFile();
    const flushes: (() => void)[] = [];
    const store = openSqliteStore(file, {
      syncWal: () => new Promise<void>((resolve) => flushes.push(resolve)),
    });
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    let resolved = false;
    const appended = store.appendUpdates("a", [new Uint8Array([1])]).then((seq) => ((resolved = true), seq));
    await new Promise((resolve) => setImmediate(resolve));
    // Committed (another connection reads it), the event loop free, the append not yet answered.
    expect(store.appendCommits()).toBe(1);
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare("SELECT COUNT(*) FROM doc_updates").pluck().get()).toBe(1);
    reader.close();
    expect(resolved).toBe(false);
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    expect(await appended).toBe(1);
    await store.close();
  });

  it("[D18] appends asked for while the WAL is being flushed gather into one commit after that flush", async () => {
    const flushes: (() => void)[] = [];
    const store = openSqliteStore(nextFile(), {
      syncWal: () => new Promise<void>((resolve) => flushes.push(resolve)),
    });
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    await store.createBoard(boardRecord("b"), new Uint8Array([0]));
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const first = store.appendUpdates("a", [new Uint8Array([1])]);
    await turn();
    expect(store.appendCommits()).toBe(1);
    // Three more turns, three more appends: none committed while the first flush runs.
    const later: Promise<number>[] = [];
    for (const [id, byte] of [
      ["a", 2],
      ["b", 3],
      ["a", 4],
    ] as const) {
      later.push(store.appendUpdates(id, [new Uint8Array([byte])]));
      await turn();
    }
    expect(store.appendCommits()).toBe(1);
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    expect(await first).toBe(1);
    await turn();
    expect(store.appendCommits()).toBe(2);
    expect(flushes).toHaveLength(2);
    flushes[1]!();
    expect(await Promise.all(later)).toEqual([2, 1, 3]);
    await store.close();
  });

  it("[D18] when the WAL cannot be flushed, the group's appends fail and say why", async () => {
    const store = openSqliteStore(nextFile(), { syncWal: () => Promise.reject(new Error("EIO")) });
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    const appended = store.appendUpdates("a", [new Uint8Array([1])]);
    await expect(appended).rejects.toThrow("The write-ahead log could not be synced to disk.");
    await store.close();
  });

  it("[D18] the default store flushes its real WAL file: appends resolve, and the file holds them after reopening", async () => {
    const file = nextFile();
    const store = openSqliteStore(file);
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    const appends = Array.from({ length: 20 }, (_, index) =>
      store.appendUpdates("a", [new Uint8Array([index])]),
    );
    expect(await Promise.all(appends)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    await store.close();
    const reopened = openSqliteStore(file);
    expect((await reopened.loadDoc("a"))?.lastSeq).toBe(20);
    await reopened.close();
  });

  it("[D15] in a group commit, a board that is gone fails alone; the others are stored", async () => {
    const store = openSqliteStore(nextFile());
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    const [gone, kept] = await Promise.allSettled([
      store.appendUpdates("gone", [new Uint8Array([1])]),
      store.appendUpdates("a", [new Uint8Array([2])]),
    ]);
    expect(gone).toMatchObject({ status: "rejected", reason: expect.any(BoardNotFoundError) });
    expect(kept).toEqual({ status: "fulfilled", value: 1 });
    expect((await store.loadDoc("a"))?.updates).toEqual([new Uint8Array([2])]);
    await store.close();
  });

  it("[D15] on a full disk the whole group is refused and nothing of it is stored", async () => {
    const store = openSqliteStore(nextFile());
    for (const id of ["a", "b"]) await store.createBoard(boardRecord(id), new Uint8Array([0]));
    store.setMaxPageCount(store.pageCount());
    const big = new Uint8Array(64 * 1024).fill(7);
    const results = await Promise.allSettled([
      store.appendUpdates("a", [new Uint8Array([1])]),
      store.appendUpdates("b", [big]),
    ]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    store.setMaxPageCount(1_000_000);
    expect((await store.loadDoc("a"))?.updates).toEqual([]);
    expect((await store.loadDoc("b"))?.updates).toEqual([]);
    expect(await store.appendUpdates("a", [new Uint8Array([3])])).toBe(1);
    await store.close();
  });

  it("[D15] a refused group leaves no gap in the seqs of boards already appended to", async () => {
    const store = openSqliteStore(nextFile());
    for (const id of ["a", "b"]) await store.createBoard(boardRecord(id), new Uint8Array([0]));
    expect(await store.appendUpdates("a", [new Uint8Array([1])])).toBe(1);
    store.setMaxPageCount(store.pageCount());
    // "a" is written first in the group; "b" then fills the disk and the whole group is rolled back.
    const refused = await Promise.allSettled([
      store.appendUpdates("a", [new Uint8Array([9])]),
      store.appendUpdates("b", [new Uint8Array(64 * 1024).fill(7)]),
    ]);
    expect(refused.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    store.setMaxPageCount(1_000_000);
    expect(await store.appendUpdates("a", [new Uint8Array([2])])).toBe(2);
    expect((await store.loadDoc("a"))?.updates).toEqual([new Uint8Array([1]), new Uint8Array([2])]);
    await store.close();
  });

  it("[D15] a board deleted after it was appended to fails alone with BoardNotFoundError", async () => {
    const file = nextFile();
    const store = openSqliteStore(file);
    for (const id of ["a", "b"]) await store.createBoard(boardRecord(id), new Uint8Array([0]));
    await store.appendUpdates("a", [new Uint8Array([1])]);
    const other = new Database(file);
    other.pragma("foreign_keys = ON");
    other.prepare("DELETE FROM boards WHERE id = 'a'").run();
    other.close();
    const [gone, kept] = await Promise.allSettled([
      store.appendUpdates("a", [new Uint8Array([2])]),
      store.appendUpdates("b", [new Uint8Array([3])]),
    ]);
    expect(gone).toMatchObject({ status: "rejected", reason: expect.any(BoardNotFoundError) });
    expect(kept).toEqual({ status: "fulfilled", value: 1 });
    await store.close();
  });

  it("[D16] after a compaction the folded log's pages go back to the file system", async () => {
    const file = nextFile();
    const store = openSqliteStore(file);
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    const update = new Uint8Array(4096).fill(1);
    let seq = 0;
    for (let batch = 0; batch < 50; batch++)
      seq = await store.appendUpdates("a", [update, update, update, update]);
    const grown = store.pageCount();
    await store.compact("a", new Uint8Array([2]), seq);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("auto_vacuum", { simple: true })).toBe(2);
    expect(db.pragma("freelist_count", { simple: true })).toBe(0);
    db.close();
    expect(store.pageCount()).toBeLessThan(grown / 4);
    await store.close();
  });

  it("[D16] a compaction that frees a few pages leaves them for a later one, in the same commit as its fold", async () => {
    const file = nextFile();
    const store = openSqliteStore(file);
    await store.createBoard(boardRecord("a"), new Uint8Array([0]));
    const freePages = () => {
      const db = new Database(file, { readonly: true });
      const free = db.pragma("freelist_count", { simple: true }) as number;
      db.close();
      return free;
    };
    // About four pages of log: folded, they stay free (fewer than 64).
    let seq = await store.appendUpdates("a", [new Uint8Array(16 * 1024).fill(1)]);
    await store.compact("a", new Uint8Array([1]), seq);
    const few = freePages();
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThan(64);
    // Then a large fold: everything free goes back, the earlier pages too.
    for (let batch = 0; batch < 20; batch++)
      seq = await store.appendUpdates("a", [new Uint8Array(16 * 1024)]);
    await store.compact("a", new Uint8Array([2]), seq);
    expect(freePages()).toBe(0);
    await store.close();
  });

  it("[D16] a file made without auto-vacuum is converted once when opened", async () => {
    const file = nextFile();
    const old = new Database(file);
    old.exec("CREATE TABLE legacy (x INTEGER)");
    old.close();
    const store = openSqliteStore(file);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("auto_vacuum", { simple: true })).toBe(2);
    db.close();
  });

  it("[D17] buildState folds the stored state and log through a seq into one state, off the main thread", async () => {
    const store = openSqliteStore(nextFile());
    const { text, updates } = await helloBoard(store);
    for (const word of [" wide", " world"]) {
      text.insert(text.length, word);
      await store.appendUpdates("a", [updates.shift()!]);
    }
    await store.compact("a", await store.buildState("a", 1), 1);
    text.delete(0, 6);
    const last = await store.appendUpdates("a", [updates.shift()!]);

    const through = (seq: number) =>
      store.buildState("a", seq).then((state) => {
        const built = new Y.Doc();
        Y.applyUpdate(built, state);
        return built.get("text", Y.Text).toString();
      });
    expect(await through(2)).toBe("hello wide world");
    expect(await through(last)).toBe("wide world");
    // Already folded further than asked: refused rather than building an older state.
    await expect(store.buildState("a", 0)).rejects.toThrow(/already compacted through 1/);
    await expect(store.buildState("gone", 1)).rejects.toThrow(/not stored/);
    await store.close();
  });

  it("[D20] joinerUpdate merges the stored state and the log through the durable seq, off the main thread", async () => {
    const store = openSqliteStore(nextFile());
    const { doc, text, updates } = await helloBoard(store);
    text.insert(5, " wide world");
    const first = await store.appendUpdates("a", [updates.shift()!]);
    await store.compact("a", await store.buildState("a", first), first);
    text.delete(0, 6);
    const durable = await store.appendUpdates("a", [updates.shift()!]);
    const atDurable = Y.encodeStateAsUpdate(doc);
    text.insert(0, "later ");
    await store.appendUpdates("a", [updates.shift()!]);

    const joined = new Y.Doc();
    Y.applyUpdate(joined, await store.joinerUpdate("a", durable, new Uint8Array([0])));
    // Through the seq asked for, and no further (a later row may not be on disk yet).
    expect(joined.get("text", Y.Text).toString()).toBe("wide world");
    const expected = new Y.Doc();
    Y.applyUpdate(expected, atDurable);
    expect(Y.encodeStateVector(joined)).toEqual(Y.encodeStateVector(expected));

    // A joiner holding part of it gets only the rest.
    const holder = new Y.Doc();
    Y.applyUpdate(holder, await store.joinerUpdate("a", first, new Uint8Array([0])));
    const rest = await store.joinerUpdate("a", durable, Y.encodeStateVector(holder));
    Y.applyUpdate(holder, rest);
    expect(holder.get("text", Y.Text).toString()).toBe("wide world");
    expect(rest.byteLength).toBeLessThan(atDurable.byteLength);
    await expect(store.joinerUpdate("gone", 1, new Uint8Array([0]))).rejects.toThrow(/not stored/);
    await store.close();
  });

  it("[D20] prestart loads the joiners' worker before any joiner asks; it then answers them", async () => {
    const store = openSqliteStore(nextFile());
    await store.createBoard(boardRecord("a"), Y.encodeStateAsUpdate(new Y.Doc()));
    expect(store.joinsReady()).toBe(false);
    store.prestart();
    expect(store.joinsReady()).toBe(true);
    expect(await store.joinerUpdate("a", 0, new Uint8Array([0]))).toBeInstanceOf(Uint8Array);
    await store.close();
  });

  it("[D14] every append that resolved survives kill -9 of the writing process", async () => {
    const file = nextFile();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "crash-writer.fixture.ts"), file],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let reportedSeq = 0;
    let output = "";
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      child.on("error", reject);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const lines = output.split("\n");
        output = lines.pop() ?? "";
        for (const line of lines) reportedSeq = Number(line.replace("appended ", ""));
        if (reportedSeq >= 90 && child.exitCode === null) {
          child.kill("SIGKILL");
          resolve();
        }
      });
    });
    expect(await exited).toBe("SIGKILL");

    const store = openSqliteStore(file);
    const stored = await store.loadDoc("crash");
    await store.close();
    expect(stored?.lastSeq).toBeGreaterThanOrEqual(reportedSeq);
    // Batches are atomic: the log holds whole batches of three, in order, and nothing else.
    const lastSeq = stored?.lastSeq ?? -1;
    expect(lastSeq % 3).toBe(0);
    expect(stored?.updates).toEqual(
      Array.from({ length: lastSeq }, (_, seq) => new Uint8Array([Math.floor(seq / 3) % 256, seq % 3, 42])),
    );
  }, 60_000);
});
