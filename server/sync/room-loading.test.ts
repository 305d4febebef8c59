import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { CURRENT_SCHEMA_VERSION, readSchemaVersion } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { boardRecord } from "../storage/doc-store.contract";
import { RoomUnavailableError } from "./room-errors";
import { boardContent, createTestBoard } from "./testing/boards";
import { SyncHarness } from "./testing/harness";
import { deferred } from "./testing/instrumented-store";

describe("room loading", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  it("[S2] connect attaches at once; frames sent before the load are handled in order after it", async () => {
    harness = new SyncHarness();
    await createTestBoard(harness.store, "board");
    harness.store.holdLoads = deferred();
    const alice = harness.client("board");
    const bob = harness.client("board");
    expect(harness.manager.connectionCount).toBe(2);
    const aliceNotes = alice.doc.get("notes", Y.Text);
    aliceNotes.insert(0, "Early");
    alice.send(new Uint8Array([0, 9]));
    aliceNotes.insert(5, " and late");
    const bobNotes = bob.doc.get("bob", Y.Text);
    bobNotes.insert(0, "Bob's");
    bobNotes.delete(0, 1);
    await vi.waitFor(() => expect(harness.store.loadCalls).toBe(1));
    expect(alice.socket.sent).toHaveLength(0);

    harness.store.holdLoads.resolve();
    await vi.waitFor(() => expect(bob.synced).toBe(true));
    expect(alice.closeCode).toBe(CLOSE_CODE.malformedMessage);
    const notes = await harness.manager.readDoc("board", (doc) => ({
      alice: doc.get("notes", Y.Text).toString(),
      bob: doc.get("bob", Y.Text).toString(),
    }));
    expect(notes).toEqual({ alice: "Early", bob: "ob's" });
  });

  it("[S3] a room loads once when ten clients connect in the same tick, and serves none before", async () => {
    harness = new SyncHarness();
    await createTestBoard(harness.store, "board");
    harness.store.holdLoads = deferred();
    const clients = Array.from({ length: 10 }, () => harness.client("board"));
    const read = harness.manager.readDoc("board", (doc) => boardContent(doc));
    await vi.waitFor(() => expect(harness.store.loadCalls).toBe(1));
    expect(clients.every((client) => client.socket.sent.length === 0)).toBe(true);

    harness.store.holdLoads.resolve();
    await vi.waitFor(() => expect(clients.every((client) => client.synced)).toBe(true));
    expect((await read)?.title).toBe("Test plan");
    expect(harness.store.loadCalls).toBe(1);
    expect(harness.manager.roomCount).toBe(1);
    expect(harness.manager.connectionCount).toBe(10);
  });

  it("[S4] an unknown board closes its connections with unknownBoard and creates nothing", async () => {
    harness = new SyncHarness();
    const clients = [harness.client("nowhere"), harness.client("nowhere", "read")];
    await vi.waitFor(() => expect(clients.map((client) => client.closeCode)).toEqual([4404, 4404]));
    expect(CLOSE_CODE.unknownBoard).toBe(4404);
    expect(await harness.store.getBoard("nowhere")).toBeUndefined();
    expect(await harness.stored("nowhere")).toBeUndefined();
    expect(await harness.manager.readDoc("nowhere", () => "found")).toBeUndefined();
    expect(harness.store.appendCalls).toBe(0);
    expect(harness.manager.roomCount).toBe(0);
    expect(harness.manager.connectionCount).toBe(0);
  });

  it("[S5] a stored board is migrated on load, and the migration is durable before anyone is served", async () => {
    harness = new SyncHarness();
    const old = new Y.Doc();
    old.get("legacy", Y.Text).insert(0, "kept");
    await harness.store.createBoard(boardRecord("old"), Y.encodeStateAsUpdate(old));
    harness.store.holdAppends = deferred();
    const alice = harness.client("old");
    await vi.waitFor(() => expect(harness.store.appendCalls).toBe(1));
    expect(alice.socket.sent).toHaveLength(0);

    harness.store.holdAppends.resolve();
    await vi.waitFor(() => expect(alice.synced).toBe(true));
    expect(readSchemaVersion(alice.doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(alice.doc.get("legacy", Y.Text).toString()).toBe("kept");
    const stored = await harness.stored("old");
    expect(stored?.updates).toHaveLength(1);
  });

  it("[S6] a store that fails to load closes every waiting connection with loadFailed and writes nothing", async () => {
    harness = new SyncHarness();
    await createTestBoard(harness.store, "board");
    const before = await harness.stored("board");
    harness.store.failLoads = true;
    const clients = [harness.client("board"), harness.client("board")];
    await vi.waitFor(() => expect(clients.map((client) => client.closeCode)).toEqual([4500, 4500]));
    expect(harness.store.appendCalls + harness.store.compactCalls).toBe(0);
    expect(harness.manager.roomCount).toBe(0);
    expect(harness.log.some((entry) => entry.level === "error")).toBe(true);

    harness.store.failLoads = false;
    expect(await harness.stored("board")).toEqual(before);
    const retry = harness.client("board");
    await vi.waitFor(() => expect(retry.synced).toBe(true));
  });

  it("[S6] stored bytes that are not a whole update fail the load; nothing is written back", async () => {
    harness = new SyncHarness();
    const valid = new Y.Doc();
    valid.get("text", Y.Text).insert(0, "hello");
    const update = Y.encodeStateAsUpdate(valid);
    await harness.store.createBoard(boardRecord("garbage"), new Uint8Array([255, 255, 255, 7]));
    await harness.store.createBoard(boardRecord("truncated"), update.slice(0, -3));
    await harness.store.createBoard(boardRecord("trailing"), new Uint8Array([...update, 0, 0]));
    for (const id of ["garbage", "truncated", "trailing"]) {
      const before = await harness.stored(id);
      const client = harness.client(id);
      await vi.waitFor(() => expect(client.closeCode).toBe(CLOSE_CODE.loadFailed));
      await expect(harness.manager.readDoc(id, () => "read")).rejects.toBeInstanceOf(RoomUnavailableError);
      expect(await harness.stored(id)).toEqual(before);
    }
    expect(harness.store.appendCalls + harness.store.compactCalls).toBe(0);
    await harness.manager.shutdown();
    expect(harness.store.appendCalls + harness.store.compactCalls).toBe(0);
  });

  it("[S6] a migration that cannot be stored fails the load and is never served", async () => {
    harness = new SyncHarness();
    await harness.store.createBoard(boardRecord("old"), Y.encodeStateAsUpdate(new Y.Doc()));
    const before = await harness.stored("old");
    harness.store.failAppends = true;
    const alice = harness.client("old");
    await vi.waitFor(() => expect(alice.closeCode).toBe(CLOSE_CODE.loadFailed));
    expect(alice.socket.sent).toHaveLength(0);
    await harness.manager.shutdown();
    expect(await harness.stored("old")).toEqual(before);
    expect(harness.store.compactCalls).toBe(0);
  });
});
