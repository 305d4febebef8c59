import * as encoding from "lib0/encoding";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAction, getBoardTitleText, listAxis } from "../../shared/board";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { boardContent, createTestBoard } from "./testing/boards";
import { SyncHarness, type StoreKind } from "./testing/harness";

describe.each<StoreKind>(["sqlite", "memory"])("sync protocol (%s store)", (kind) => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  async function boardWithClients(count: number) {
    harness = new SyncHarness(kind);
    await createTestBoard(harness.store, "board");
    const clients = Array.from({ length: count }, () => harness.client("board"));
    await vi.waitFor(() => expect(clients.every((client) => client.synced)).toBe(true));
    return clients;
  }

  it("[S1] the server opens with sync step 1 and answers step 1 with the whole board", async () => {
    const [alice] = await boardWithClients(1);
    expect(alice!.socket.sent[0]?.slice(0, 2)).toEqual(new Uint8Array([MESSAGE_TYPE.sync, 0]));
    expect(boardContent(alice!.doc).title).toBe("Test plan");
    expect(boardContent(alice!.doc).actions.length).toBeGreaterThan(0);
  });

  it("[S1] two connections converge on concurrent edits", async () => {
    const [alice, bob] = await boardWithClients(2);
    const theme = listAxis(alice!.doc, "theme")[0]!.id;
    const column = listAxis(alice!.doc, "column")[0]!.id;
    getBoardTitleText(alice!.doc).insert(0, "Alice's ");
    createAction(bob!.doc, { title: "Bob's action", themeId: theme, columnId: column });
    getBoardTitleText(bob!.doc).insert(getBoardTitleText(bob!.doc).length, " (draft)");

    await vi.waitFor(() => expect(boardContent(alice!.doc)).toEqual(boardContent(bob!.doc)));
    expect(boardContent(alice!.doc).title).toBe("Alice's Test plan (draft)");
    expect(boardContent(alice!.doc).actions).toContain("Bob's action");
  });

  it("[S1] a late joiner receives everything edited before it came", async () => {
    const [alice] = await boardWithClients(1);
    getBoardTitleText(alice!.doc).insert(0, "Edited ");
    await vi.waitFor(() => expect(harness.store.appendCalls).toBeGreaterThan(0));
    alice!.disconnect();

    const late = harness.client("board");
    await vi.waitFor(() => expect(late.synced).toBe(true));
    expect(boardContent(late.doc)).toEqual(boardContent(alice!.doc));
  });

  it("[S1] awareness is relayed, and a joiner is sent the current states", async () => {
    const [alice, bob] = await boardWithClients(2);
    alice!.setPresence({ user: { name: "Alice" } });
    await vi.waitFor(() =>
      expect(bob!.awareness.getStates().get(alice!.doc.clientID)).toEqual({ user: { name: "Alice" } }),
    );

    const carol = harness.client("board");
    await vi.waitFor(() =>
      expect(carol.awareness.getStates().get(alice!.doc.clientID)).toEqual({ user: { name: "Alice" } }),
    );
  });

  it("[S1] queryAwareness is answered with every awareness state", async () => {
    const [alice, bob] = await boardWithClients(2);
    bob!.setPresence({ user: { name: "Bob" } });
    await vi.waitFor(() => expect(alice!.awareness.getStates().has(bob!.doc.clientID)).toBe(true));
    const before = alice!.socket.sent.length;
    const query = encoding.createEncoder();
    encoding.writeVarUint(query, MESSAGE_TYPE.queryAwareness);
    alice!.send(encoding.toUint8Array(query));
    await vi.waitFor(() => expect(alice!.socket.sent.length).toBe(before + 1));
    expect(alice!.socket.sent[before]?.[0]).toBe(MESSAGE_TYPE.awareness);
    expect(alice!.closeCode).toBeUndefined();
  });

  it("[S12] a connection's awareness states are removed for everyone when it closes", async () => {
    const [alice, bob] = await boardWithClients(2);
    alice!.setPresence({ user: { name: "Alice" } });
    await vi.waitFor(() => expect(bob!.awareness.getStates().has(alice!.doc.clientID)).toBe(true));
    alice!.disconnect();
    await vi.waitFor(() => expect(bob!.awareness.getStates().has(alice!.doc.clientID)).toBe(false));
    expect(harness.manager.connectionCount).toBe(1);
  });
});
