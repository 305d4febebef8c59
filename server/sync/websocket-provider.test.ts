import { afterEach, describe, expect, it, vi } from "vitest";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { createTestBoard } from "./testing/boards";
import { SyncHarness } from "./testing/harness";
import { inMemoryWebSocket } from "./testing/in-memory-websocket";

describe("stock y-websocket provider against the sync core", () => {
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

  it("[S1] two WebsocketProviders sync, converge and see each other's presence", async () => {
    harness = new SyncHarness();
    await createTestBoard(harness.store, "board");
    const [alice, bob] = [provider("board"), provider("board")];
    await vi.waitFor(() => expect(alice.synced && bob.synced).toBe(true));
    expect(readMeta(alice.doc).title).toBe("Test plan");

    getBoardTitleText(alice.doc).insert(0, "Alice: ");
    getBoardTitleText(bob.doc).insert(getBoardTitleText(bob.doc).length, " / Bob");
    alice.awareness.setLocalStateField("user", { name: "Alice" });
    await vi.waitFor(() => expect(readMeta(bob.doc).title).toBe("Alice: Test plan / Bob"));
    await vi.waitFor(() => expect(readMeta(alice.doc).title).toBe("Alice: Test plan / Bob"));
    await vi.waitFor(() =>
      expect(bob.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: "Alice" } }),
    );

    alice.destroy();
    await vi.waitFor(() => expect(bob.awareness.getStates().has(alice.doc.clientID)).toBe(false));
  });

  it("[S4] a WebsocketProvider for an unknown board is closed with unknownBoard and stops retrying", async () => {
    harness = new SyncHarness();
    const lost = provider("missing");
    const closes: number[] = [];
    lost.on("connection-close", (event) => closes.push(event?.code ?? 0));
    await vi.waitFor(() => expect(closes).toEqual([CLOSE_CODE.unknownBoard]));
    expect(lost.shouldConnect).toBe(false);
  });
});
