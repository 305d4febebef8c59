import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { MemoryStore } from "../storage/memory-store";
import type { SyncLimits } from "./limits";
import { silentLogger } from "./logger";
import { RoomPersistence } from "./room-persistence";
import { boardContent } from "./testing/boards";
import { SyncHarness } from "./testing/harness";
import { deferred } from "./testing/instrumented-store";

describe("room persistence", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  async function boardWithClients(count: number, limits: Partial<SyncLimits> = {}) {
    harness = new SyncHarness("sqlite", limits);
    return harness.syncedClients(count);
  }

  const title = (doc: Y.Doc) => readMeta(doc).title;

  it("[S7] an update is relayed only after its append resolved, and a joiner only gets durable content", async () => {
    const [alice, bob] = await boardWithClients(2);
    const appendsBefore = harness.store.appendCalls;
    harness.store.holdAppends = deferred();
    getBoardTitleText(alice!.doc).insert(0, "Held ");
    await vi.waitFor(() => expect(harness.store.appendCalls).toBe(appendsBefore + 1));
    const carol = harness.client("board");
    // Give the held relay every chance to leak: a round trip through the room for another frame.
    bob!.setPresence({ user: { name: "Bob" } });
    await vi.waitFor(() => expect(alice!.awareness.getStates().has(bob!.doc.clientID)).toBe(true));
    expect(title(bob!.doc)).toBe("Test plan");
    expect(carol.synced).toBe(false);

    harness.store.holdAppends.resolve();
    await vi.waitFor(() => expect(title(bob!.doc)).toBe("Held Test plan"));
    await vi.waitFor(() => expect(carol.synced).toBe(true));
    expect(title(carol.doc)).toBe("Held Test plan");
  });

  it("[S7] updates applied in one tick are stored with one append, and appends never overlap", async () => {
    const [alice, bob] = await boardWithClients(2);
    const appendsBefore = harness.store.appendCalls;
    const logBefore = (await harness.stored("board"))!.updates.length;
    for (let index = 0; index < 5; index++) getBoardTitleText(alice!.doc).insert(0, `${index}`);
    await vi.waitFor(() => expect(title(bob!.doc)).toBe("43210Test plan"));
    expect(harness.store.appendCalls).toBe(appendsBefore + 1);
    expect((await harness.stored("board"))!.updates.length).toBe(logBefore + 5);

    harness.store.holdAppends = deferred();
    getBoardTitleText(alice!.doc).insert(0, "a");
    await vi.waitFor(() => expect(harness.store.appendCalls).toBe(appendsBefore + 2));
    getBoardTitleText(bob!.doc).insert(0, "b");
    harness.store.holdAppends.resolve();
    await vi.waitFor(() => expect(title(alice!.doc)).toBe(title(bob!.doc)));
    await vi.waitFor(() => expect(harness.store.appendCalls).toBe(appendsBefore + 3));
    expect(harness.store.maxConcurrentAppends).toBe(1);
  });

  it("[S8] a failed append relays nothing and closes the room's connections with loadFailed", async () => {
    const [alice, bob] = await boardWithClients(2);
    const stored = await harness.stored("board");
    harness.store.failAppends = true;
    getBoardTitleText(alice!.doc).insert(0, "Lost? ");
    await vi.waitFor(() => expect([alice!.closeCode, bob!.closeCode]).toEqual([4500, 4500]));
    expect(CLOSE_CODE.loadFailed).toBe(4500);
    expect(title(bob!.doc)).toBe("Test plan");
    expect(await harness.stored("board")).toEqual(stored);
    expect(harness.manager.roomCount).toBe(0);
    expect(harness.log.some((entry) => entry.level === "error")).toBe(true);

    // Alice's provider reconnects with her edit still in her document, and it is stored then.
    harness.store.failAppends = false;
    const again = harness.client("board");
    Y.applyUpdate(again.doc, Y.encodeStateAsUpdate(alice!.doc));
    await vi.waitFor(() => expect(again.synced).toBe(true));
    await harness.restart();
    const reader = harness.client("board");
    await vi.waitFor(() => expect(title(reader.doc)).toBe("Lost? Test plan"));
  });

  it("[S14] the log is compacted once it passes compactAfterUpdates, keeping every edit", async () => {
    const [alice] = await boardWithClients(1, { compactAfterUpdates: 5, compactionSpread: 0 });
    for (let index = 0; index < 23; index++) {
      const appends = harness.store.appendCalls;
      getBoardTitleText(alice!.doc).insert(0, `${index % 10}`);
      await vi.waitFor(() => expect(harness.store.appendCalls).toBe(appends + 1));
    }
    // Each compaction's state is built in a worker thread: on a busy two-core machine, well over a second.
    await vi.waitFor(() => expect(harness.store.compactCalls).toBeGreaterThanOrEqual(3), { timeout: 15_000 });
    await vi.waitFor(
      async () => expect((await harness.stored("board"))!.updates.length).toBeLessThanOrEqual(6),
      { timeout: 15_000 },
    );
    expect((await harness.stored("board"))!.lastSeq).toBe(23);
    // On SQLite each compacted state was built off the event loop, from what the file holds (S14).
    expect(harness.store.buildCalls).toBe(harness.store.compactCalls);

    await harness.restart();
    const reader = harness.client("board");
    await vi.waitFor(() => expect(reader.synced).toBe(true));
    expect(boardContent(reader.doc)).toEqual(boardContent(alice!.doc));
  });

  it("[S14] updates keep being stored and relayed while a compaction is written, and none is lost", async () => {
    const [alice, bob] = await boardWithClients(2, { compactAfterUpdates: 2, compactionSpread: 0 });
    harness.store.holdCompactions = deferred();
    for (let index = 0; index < 3; index++) {
      getBoardTitleText(alice!.doc).insert(0, "x");
      await vi.waitFor(() => expect(title(bob!.doc)).toBe(`${"x".repeat(index + 1)}Test plan`));
    }
    await vi.waitFor(() => expect(harness.store.compactCalls).toBe(1));
    getBoardTitleText(bob!.doc).insert(0, "during ");
    await vi.waitFor(() => expect(title(alice!.doc)).toBe("during xxxTest plan"));
    harness.store.holdCompactions.resolve();

    await harness.restart();
    const stored = await harness.stored("board");
    expect(stored!.updates.length).toBeLessThan(stored!.lastSeq);
    const reader = harness.client("board");
    await vi.waitFor(() => expect(title(reader.doc)).toBe("during xxxTest plan"));
  });
});

describe("[S14] compaction spread", () => {
  /** The counts of logged updates at which a room with these random draws starts its first compactions. */
  async function compactionsAt(draws: number[]): Promise<number[]> {
    const store = new MemoryStore();
    const now = new Date().toISOString();
    await store.createBoard(
      { id: "b", title: "", template: "blank", createdAt: now, updatedAt: now },
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
    const doc = new Y.Doc();
    const random = vi.fn(() => draws.shift() ?? 0);
    const persistence = new RoomPersistence({
      boardId: "b",
      doc,
      store,
      logger: silentLogger,
      compactAfterUpdates: 10,
      compactionSpread: 0.5,
      random,
      lastSeq: 0,
      loggedUpdates: 0,
      onPersisted: () => undefined,
      onFailed: (error) => {
        throw error;
      },
      onMeasured: () => undefined,
    });
    // Called in the same turn as the append that takes the log past the threshold.
    const compact = vi.spyOn(persistence, "compact");
    const startedAt: number[] = [];
    let logged = 0;
    doc.on("update", (update: Uint8Array) => {
      logged++;
      persistence.enqueue(update, null);
    });
    while (logged < 40) {
      getBoardTitleText(doc).insert(0, "x");
      await persistence.flush();
      if (compact.mock.calls.length > startedAt.length) {
        startedAt.push(logged);
        // Let the compaction finish (it draws the next threshold) before the next edit.
        await vi.waitFor(() => expect(random).toHaveBeenCalledTimes(startedAt.length + 1));
      }
    }
    return startedAt;
  }

  it("puts each room's compaction off by its random share of the spread, so rooms edited together compact apart", async () => {
    expect((await compactionsAt([0]))[0]).toBe(11);
    // Up to half of compactAfterUpdates later: 10 + floor(0.99 × 0.5 × 10) = 14, compacted at the 15th.
    expect((await compactionsAt([0.99]))[0]).toBe(15);
  });

  it("draws the share afresh after each compaction", async () => {
    // 11 updates fold at the first; then 14 more are allowed, so the 26th starts the second; then 10 more.
    expect(await compactionsAt([0, 0.99, 0])).toEqual([11, 26, 37]);
  });
});
