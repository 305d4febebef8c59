import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import * as Y from "yjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardRecord } from "./doc-store.contract";
import { DB_MIGRATIONS, migrateDatabase } from "./db-migrations";
import { openSqliteStore, type SqliteDocStore } from "./sqlite-store";
import { STATE_CHUNK_BYTES } from "./stored-state";
import { BoardNotFoundError } from "./store-errors";

let directory: string;
let file: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "coplan-state-writer-"));
  file = join(directory, "coplan.sqlite");
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** `parts` of the state's row size, and a little more: a state stored in parts + 1 rows. */
function largeState(parts: number, fill = 7): Uint8Array {
  return new Uint8Array(parts * STATE_CHUNK_BYTES + 100).fill(fill);
}

/** A store whose WAL flush is immediate: appends resolve in the turn they commit. */
function openStore(): SqliteDocStore {
  return openSqliteStore(file, { syncWal: async () => undefined });
}

/** Read the file from another connection, as a crash-recovering process would. */
function withReader<T>(read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Byte equality without the matcher's element-by-element walk (seconds for megabytes). */
const sameBytes = (actual: Uint8Array | null | undefined, expected: Uint8Array) =>
  expect(actual && Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);

const countRows = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get() as number;

/** Turns of the event loop until `done` holds (at most a thousand). */
async function turnsUntil(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !done(); turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(done()).toBe(true);
}

/** A board with `updates` logged updates of `size` bytes; resolves with the last seq. */
async function boardWithLog(store: SqliteDocStore, updates: number, size: number): Promise<number> {
  await store.createBoard(boardRecord("a"), new Uint8Array([0]));
  let seq = 0;
  for (let index = 0; index < updates; index++)
    seq = await store.appendUpdates("a", [new Uint8Array(size).fill(index % 251)]);
  return seq;
}

describe("[D19] large compacted states, written a part per turn", () => {
  it("a state larger than one part is stored in parts and reads back whole, also after reopening", async () => {
    const doc = new Y.Doc();
    // About 2.4 MB of text: three parts.
    doc.get("notes", Y.Text).insert(0, "co-operative ".repeat(200_000));
    const state = Y.encodeStateAsUpdate(doc);
    expect(state.byteLength).toBeGreaterThan(2 * STATE_CHUNK_BYTES);
    const store = openStore();
    await store.createBoard(boardRecord("a"), new Uint8Array([0, 0]));
    const seq = await store.appendUpdates("a", [state]);
    await store.compact("a", await store.buildState("a", seq), seq);

    expect(withReader((db) => countRows(db, "SELECT COUNT(*) FROM doc_state_chunks"))).toBe(3);
    expect(withReader((db) => db.prepare("SELECT state, chunks FROM doc_state").get())).toEqual({
      state: null,
      chunks: 3,
    });
    const stored = await store.loadDoc("a");
    expect(stored?.updates).toEqual([]);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, stored!.state!);
    expect(rebuilt.get("notes", Y.Text).toString()).toBe(doc.get("notes", Y.Text).toString());

    // Another generation's parts (a compaction cut off, or one still writing) are never read.
    const db = new Database(file);
    db.prepare("INSERT INTO doc_state_chunks (board_id, generation, idx, bytes) VALUES ('a', 99, 0, ?)").run(
      Buffer.from("not a Yjs update"),
    );
    db.close();
    sameBytes((await store.loadDoc("a"))?.state, stored!.state!);
    const joined = new Y.Doc();
    Y.applyUpdate(joined, await store.joinerUpdate("a", seq, new Uint8Array([0])));
    expect(joined.get("notes", Y.Text).toString()).toBe(doc.get("notes", Y.Text).toString());

    // The worker reads the parts too, with the log after them.
    doc.get("notes", Y.Text).insert(0, "Plan: ");
    const next = await store.appendUpdates("a", [Y.encodeStateAsUpdate(doc, Y.encodeStateVector(rebuilt))]);
    const built = new Y.Doc();
    Y.applyUpdate(built, await store.buildState("a", next));
    expect(built.get("notes", Y.Text).toString()).toBe(doc.get("notes", Y.Text).toString());
    await store.close();

    const reopened = openStore();
    sameBytes((await reopened.loadDoc("a"))?.state, stored!.state!);
    await reopened.close();
  });

  it("appends commit and resolve between the parts; readers see the old state until the last one is in", async () => {
    const store = openStore();
    const seq = await boardWithLog(store, 3, 100);
    const state = largeState(8);
    let compacted = false;
    const compaction = store.compact("a", state, seq).then(() => (compacted = true));

    expect(await store.appendUpdates("a", [new Uint8Array([42])])).toBe(seq + 1);
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(compacted).toBe(false);
    const midway = withReader((db) => ({
      parts: countRows(db, "SELECT COUNT(*) FROM doc_state_chunks"),
      head: db.prepare("SELECT state, through_seq AS throughSeq, chunks FROM doc_state").get(),
    }));
    expect(midway.parts).toBeGreaterThan(0);
    expect(midway.parts).toBeLessThan(9);
    expect(midway.head).toEqual({ state: Buffer.from([0]), throughSeq: 0, chunks: 0 });
    expect((await store.loadDoc("a"))?.updates).toHaveLength(4);

    await compaction;
    const stored = await store.loadDoc("a");
    sameBytes(stored?.state, state);
    expect(stored?.updates).toEqual([new Uint8Array([42])]);
    expect(stored?.lastSeq).toBe(seq + 1);
    await store.close();
  });

  it("the folded log and the parts replaced go in later turns, and the file gives its pages back", async () => {
    const store = openStore();
    // A 4 MB log of 64 KB updates: folded a part's worth per turn.
    const seq = await boardWithLog(store, 64, 64 * 1024);
    const grown = store.pageCount();
    await store.compact("a", largeState(2, 1), seq);
    // A second large state replaces the first one's parts.
    const next = await store.appendUpdates("a", [new Uint8Array(10)]);
    await store.compact("a", largeState(2, 2), next);
    await store.stateWritesSettled();

    withReader((db) => {
      expect(countRows(db, "SELECT COUNT(*) FROM doc_updates")).toBe(0);
      expect(countRows(db, "SELECT COUNT(DISTINCT generation) FROM doc_state_chunks")).toBe(1);
      expect(db.pragma("freelist_count", { simple: true })).toBe(0);
    });
    // About 2 MB of state left, from a file that held 4 MB of log and then 4 MB of two states' parts.
    expect(store.pageCount()).toBeLessThan(grown / 1.5);
    expect(store.pageCount() * 4096).toBeLessThan(3 * STATE_CHUNK_BYTES);
    sameBytes((await store.loadDoc("a"))?.state, largeState(2, 2));
    await store.close();
  });

  it("a small state replacing a large one: written at once, the large one's parts tidied after", async () => {
    const store = openStore();
    const seq = await boardWithLog(store, 2, 100);
    await store.compact("a", largeState(3), seq);
    const next = await store.appendUpdates("a", [new Uint8Array([5])]);
    await store.compact("a", new Uint8Array([9, 9]), next);
    await store.stateWritesSettled();
    withReader((db) => {
      expect(countRows(db, "SELECT COUNT(*) FROM doc_state_chunks")).toBe(0);
      expect(db.pragma("freelist_count", { simple: true })).toBe(0);
    });
    expect(await store.loadDoc("a")).toEqual({ state: new Uint8Array([9, 9]), updates: [], lastSeq: next });
    await store.close();
  });

  it("a compaction cut off between its parts leaves the previous state and log; the next open tidies the parts", async () => {
    const store = openStore();
    const seq = await boardWithLog(store, 5, 100);
    const before = await store.loadDoc("a");
    const compaction = store.compact("a", largeState(20), seq);
    // The store closes while the parts are being written (a shutdown without the room's compaction).
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const closed = store.close();
    await expect(compaction).rejects.toThrow(/closed during the compaction/);
    await closed;
    const left = withReader((db) => countRows(db, "SELECT COUNT(*) FROM doc_state_chunks"));
    expect(left).toBeGreaterThan(0);

    const reopened = openStore();
    expect(await reopened.loadDoc("a")).toEqual(before);
    await turnsUntil(() => withReader((db) => countRows(db, "SELECT COUNT(*) FROM doc_state_chunks")) === 0);
    // It compacts again, and its new parts are not mistaken for the old ones.
    await reopened.compact("a", largeState(2, 3), seq);
    sameBytes((await reopened.loadDoc("a"))?.state, largeState(2, 3));
    await reopened.close();
  });

  it("what a crash leaves (parts not in use, folded log rows) is never read, and is tidied at open", async () => {
    const store = openStore();
    const seq = await boardWithLog(store, 4, 100);
    await store.compact("a", new Uint8Array([3, 3]), 2);
    await store.close();
    // As if the process died after writing parts of a next state and before deleting a folded row.
    const db = new Database(file);
    db.prepare("INSERT INTO doc_state_chunks (board_id, generation, idx, bytes) VALUES ('a', 99, 0, ?)").run(
      Buffer.alloc(1000, 1),
    );
    db.prepare("INSERT INTO doc_updates (board_id, seq, update_bytes) VALUES ('a', 1, ?)").run(
      Buffer.from([8]),
    );
    db.close();

    const reopened = openStore();
    expect(await reopened.loadDoc("a")).toEqual({
      state: new Uint8Array([3, 3]),
      updates: [new Uint8Array(100).fill(2), new Uint8Array(100).fill(3)],
      lastSeq: seq,
    });
    await turnsUntil(() =>
      withReader(
        (reader) =>
          countRows(reader, "SELECT COUNT(*) FROM doc_state_chunks") === 0 &&
          countRows(reader, "SELECT COUNT(*) FROM doc_updates WHERE seq <= 2") === 0,
      ),
    );
    expect((await reopened.loadDoc("a"))?.updates).toHaveLength(2);
    await reopened.close();
  });

  it("a full disk partway through the parts fails the compaction; its parts are deleted and the space is back", async () => {
    const store = openStore();
    const seq = await boardWithLog(store, 3, 100);
    // Room for about two parts more.
    store.setMaxPageCount(store.pageCount() + 600);
    await expect(store.compact("a", largeState(4), seq)).rejects.toThrow(/full/i);
    await store.stateWritesSettled();
    expect(withReader((db) => countRows(db, "SELECT COUNT(*) FROM doc_state_chunks"))).toBe(0);
    // The space the parts took is usable again, and the board reads as before.
    expect(await store.appendUpdates("a", [new Uint8Array(512 * 1024).fill(1)])).toBe(seq + 1);
    expect((await store.loadDoc("a"))?.updates).toHaveLength(4);
    await store.close();
  });

  it("a board deleted while its state is being written: the compaction fails with BoardNotFoundError", async () => {
    const store = openStore();
    const seq = await boardWithLog(store, 2, 100);
    const compaction = store.compact("a", largeState(6), seq);
    await new Promise((resolve) => setImmediate(resolve));
    const other = new Database(file);
    other.pragma("foreign_keys = ON");
    other.prepare("DELETE FROM boards WHERE id = 'a'").run();
    other.close();
    await expect(compaction).rejects.toBeInstanceOf(BoardNotFoundError);
    await store.stateWritesSettled();
    expect(withReader((db) => countRows(db, "SELECT COUNT(*) FROM doc_state_chunks"))).toBe(0);
    await store.close();
  });

  it("two compactions of one board asked for at once run one after the other", async () => {
    const store = openStore();
    const first = await boardWithLog(store, 2, 100);
    const second = await store.appendUpdates("a", [new Uint8Array([1])]);
    await Promise.all([
      store.compact("a", largeState(2, 4), first),
      store.compact("a", largeState(3, 5), second),
    ]);
    const stored = await store.loadDoc("a");
    sameBytes(stored?.state, largeState(3, 5));
    expect(stored).toMatchObject({ updates: [], lastSeq: second });
    // Refused as before (D5): the log is already folded past it.
    await expect(store.compact("a", largeState(2), first)).rejects.toThrow(/cannot compact through/);
    await store.close();
  });

  it("a file from before parts existed (schema 3) opens, reads its state and compacts into parts", async () => {
    const old = new Database(file);
    migrateDatabase(old, DB_MIGRATIONS.slice(0, 3));
    old.prepare("INSERT INTO boards VALUES ('a', 'A', 'blank', 'then', 'then')").run();
    old
      .prepare("INSERT INTO doc_state (board_id, state, through_seq) VALUES ('a', ?, 0)")
      .run(Buffer.from([6]));
    old.prepare("INSERT INTO doc_updates VALUES ('a', 1, ?)").run(Buffer.from([7]));
    old.close();

    const store = openStore();
    expect(await store.loadDoc("a")).toEqual({
      state: new Uint8Array([6]),
      updates: [new Uint8Array([7])],
      lastSeq: 1,
    });
    await store.compact("a", largeState(2), 1);
    const stored = await store.loadDoc("a");
    sameBytes(stored?.state, largeState(2));
    expect(stored).toMatchObject({ updates: [], lastSeq: 1 });
    await store.close();
  });
});
