import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeAccessStoreContract } from "./access-store.contract";
import { boardRecord } from "./doc-store.contract";
import { openSqliteAccessStore } from "./sqlite-access-store";
import { openSqliteStore } from "./sqlite-store";

let directory: string;
let fileIndex = 0;
const nextFile = () => join(directory, `access-${++fileIndex}.sqlite`);

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "coplan-access-"));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeAccessStoreContract("sqlite", () => {
  const file = nextFile();
  return { docs: openSqliteStore(file), access: openSqliteAccessStore(file) };
});

describe("SQLite access store", () => {
  it("[A6] keeps only the hash of a token, in the same file as the documents", async () => {
    const file = nextFile();
    const docs = openSqliteStore(file);
    const access = openSqliteAccessStore(file);
    await access.createBoard(boardRecord("a"), new Uint8Array([1]), {
      id: "f",
      boardId: "a",
      role: "facilitator",
      label: null,
      tokenHash: "0".repeat(64),
      createdAt: "2025-01-01T00:00:00.000Z",
    });
    expect(await docs.getBoard("a")).toEqual(boardRecord("a"));
    await access.close();
    await docs.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT * FROM links").all()).toEqual([
      expect.objectContaining({ id: "f", token_hash: "0".repeat(64) }),
    ]);
    db.close();
  });
});
