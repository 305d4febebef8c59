import { afterEach, describe, expect, it, vi } from "vitest";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { createTestBoard } from "./testing/boards";
import { SyncHarness } from "./testing/harness";
import { deferred } from "./testing/instrumented-store";
import { RecordingSocket } from "./testing/recording-socket";

describe("room lifecycle", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  it("[S15] a room with no connections unloads after idleUnloadMs, compacted, and reloads with its content", async () => {
    harness = new SyncHarness("sqlite", { idleUnloadMs: 30 });
    await createTestBoard(harness.store, "board");
    const alice = harness.client("board");
    await vi.waitFor(() => expect(alice.synced).toBe(true));
    getBoardTitleText(alice.doc).insert(0, "Kept ");
    await vi.waitFor(async () => expect((await harness.stored("board"))?.updates).toHaveLength(1));
    expect(harness.manager.roomCount).toBe(1);

    alice.disconnect();
    await vi.waitFor(() => expect(harness.manager.roomCount).toBe(0));
    await vi.waitFor(async () => expect((await harness.stored("board"))?.updates).toHaveLength(0));
    expect(harness.store.compactCalls).toBe(1);

    const bob = harness.client("board");
    await vi.waitFor(() => expect(bob.synced).toBe(true));
    expect(readMeta(bob.doc).title).toBe("Kept Test plan");
    expect(harness.store.loadCalls).toBe(2);
  });

  it("[S15] a connection arriving while the room unloads waits for the unload, then loads fresh", async () => {
    harness = new SyncHarness("sqlite", { idleUnloadMs: 10 });
    await createTestBoard(harness.store, "board");
    const alice = harness.client("board");
    await vi.waitFor(() => expect(alice.synced).toBe(true));
    getBoardTitleText(alice.doc).insert(0, "Last ");
    await vi.waitFor(() => expect(harness.store.appendCalls).toBe(1));
    harness.store.holdCompactions = deferred();
    alice.disconnect();
    await vi.waitFor(() => expect(harness.store.compactCalls).toBe(1));

    const bob = harness.client("board");
    await vi.waitFor(() => expect(harness.manager.roomCount).toBe(1));
    expect(harness.store.loadCalls).toBe(1);
    harness.store.holdCompactions.resolve();
    await vi.waitFor(() => expect(bob.synced).toBe(true));
    expect(harness.store.loadCalls).toBe(2);
    expect(readMeta(bob.doc).title).toBe("Last Test plan");
  });

  it("[S15] readDoc loads a room, sees live edits, and lets the room unload when idle", async () => {
    harness = new SyncHarness("sqlite", { idleUnloadMs: 20 });
    await createTestBoard(harness.store, "board");
    expect(await harness.manager.readDoc("board", (doc) => readMeta(doc).title)).toBe("Test plan");
    expect(harness.manager.roomCount).toBe(1);
    await vi.waitFor(() => expect(harness.manager.roomCount).toBe(0));

    const alice = harness.client("board");
    await vi.waitFor(() => expect(alice.synced).toBe(true));
    getBoardTitleText(alice.doc).insert(0, "Live ");
    await vi.waitFor(async () =>
      expect(await harness.manager.readDoc("board", (doc) => readMeta(doc).title)).toBe("Live Test plan"),
    );
    expect(harness.store.loadCalls).toBe(2);
  });

  it("[S16] shutdown stores pending updates, compacts, closes every connection with serverShutdown", async () => {
    harness = new SyncHarness();
    await createTestBoard(harness.store, "board");
    await createTestBoard(harness.store, "other");
    const alice = harness.client("board");
    const bob = harness.client("other");
    await vi.waitFor(() => expect(alice.synced && bob.synced).toBe(true));
    getBoardTitleText(alice.doc).insert(0, "Pending ");
    const shutdown = harness.manager.shutdown();
    expect(harness.manager.shutdown()).toBe(shutdown);
    await shutdown;

    expect([alice.closeCode, bob.closeCode]).toEqual([CLOSE_CODE.serverShutdown, CLOSE_CODE.serverShutdown]);
    expect(harness.manager.roomCount).toBe(0);
    const stored = await harness.stored("board");
    expect(stored?.updates).toHaveLength(0);
    expect(stored?.lastSeq).toBe(1);
    const late = new RecordingSocket();
    harness.manager.connect(late, "board", "write");
    expect(late.closedWith?.code).toBe(CLOSE_CODE.serverShutdown);
    await expect(harness.manager.readDoc("board", () => 1)).rejects.toThrow();

    await harness.restart();
    const reader = harness.client("board");
    await vi.waitFor(() => expect(reader.synced).toBe(true));
    expect(readMeta(reader.doc).title).toBe("Pending Test plan");
  });

  it("[S16] shutdown while a room is still loading waits for it, then closes its connections", async () => {
    harness = new SyncHarness();
    await createTestBoard(harness.store, "board");
    harness.store.holdLoads = deferred();
    const alice = harness.client("board");
    const shutdown = harness.manager.shutdown();
    harness.store.holdLoads.resolve();
    await shutdown;
    expect(alice.closeCode).toBe(CLOSE_CODE.serverShutdown);
    expect(harness.manager.connectionCount).toBe(0);
  });
});
