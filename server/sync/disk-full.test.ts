import { afterEach, describe, expect, it, vi } from "vitest";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { createTestBoard } from "./testing/boards";
import { SyncHarness } from "./testing/harness";
import { inMemoryWebSocket } from "./testing/in-memory-websocket";
import { deferred } from "./testing/instrumented-store";

const LONG_TITLE = "Written on a full disk ".repeat(1000);

describe("disk full", () => {
  let harness: SyncHarness;
  const providers: WebsocketProvider[] = [];

  afterEach(async () => {
    for (const provider of providers.splice(0)) provider.destroy();
    await harness.dispose();
  });

  function provider(boardId: string): WebsocketProvider {
    const created = new WebsocketProvider("ws://coplan.test/sync", boardId, new Y.Doc(), {
      WebSocketPolyfill: inMemoryWebSocket(harness.manager) as unknown as typeof WebSocket,
      disableBc: true,
    });
    providers.push(created);
    return created;
  }

  /** The board's title as the SQLite file holds it now. */
  async function storedTitle(): Promise<string> {
    const stored = await harness.stored("board");
    const doc = new Y.Doc();
    for (const blob of [stored!.state!, ...stored!.updates]) Y.applyUpdate(doc, blob);
    return readMeta(doc).title;
  }

  it("[S25] on a full SQLite file the update is refused and not relayed; once there is space the client's retry is stored", async () => {
    harness = new SyncHarness("sqlite");
    await createTestBoard(harness.store, "board");
    const [alice, bob] = [provider("board"), provider("board")];
    await vi.waitFor(() => expect(alice.synced && bob.synced).toBe(true));
    const sqlite = harness.sqlite!;
    sqlite.setMaxPageCount(sqlite.pageCount());
    const aliceCloses: number[] = [];
    alice.on("connection-close", (event) => aliceCloses.push(event?.code ?? 0));

    getBoardTitleText(alice.doc).insert(0, LONG_TITLE);
    // Refused, and refused again on the provider's reconnect: it keeps the edit and retries.
    await vi.waitFor(() =>
      expect(aliceCloses.filter((code) => code === CLOSE_CODE.loadFailed).length).toBe(3),
    );
    expect(harness.log.some((entry) => String(entry.fields?.error).includes("full"))).toBe(true);
    expect(readMeta(bob.doc).title).toBe("Test plan");
    expect(await storedTitle()).toBe("Test plan");

    sqlite.setMaxPageCount(1_000_000);
    await vi.waitFor(async () => expect(await storedTitle()).toBe(`${LONG_TITLE}Test plan`), {
      timeout: 5_000,
    });
    await vi.waitFor(() => expect(readMeta(bob.doc).title).toBe(`${LONG_TITLE}Test plan`));
    expect(alice.shouldConnect).toBe(true);
  });

  it("[S25] a compaction running when an append fails does not store the refused update", async () => {
    harness = new SyncHarness("sqlite", { compactAfterUpdates: 0 });
    await createTestBoard(harness.store, "board");
    const alice = harness.client("board");
    await vi.waitFor(() => expect(alice.synced).toBe(true));
    harness.store.holdAppends = deferred();
    getBoardTitleText(alice.doc).insert(0, "Stored ");
    await vi.waitFor(() => expect(harness.store.appendCalls).toBeGreaterThan(0));
    getBoardTitleText(alice.doc).insert(0, "Refused ");
    harness.store.failAppendsOf = (updates) =>
      updates.some((update) => new TextDecoder().decode(update).includes("Refused"));
    harness.store.holdAppends.resolve();
    await vi.waitFor(() => expect(alice.closeCode).toBe(CLOSE_CODE.loadFailed));
    await harness.manager.shutdown();
    expect(await storedTitle()).toBe("Stored Test plan");
  });
});
