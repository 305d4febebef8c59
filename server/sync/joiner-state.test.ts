import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText } from "../../shared/board";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { boardContent, createTestBoard } from "./testing/boards";
import { deferred } from "./testing/instrumented-store";
import { SyncHarness } from "./testing/harness";
import type { TestClient } from "./testing/test-client";

const SYNC_STEP2 = 1;

function step2Sent(client: TestClient): Uint8Array | undefined {
  return client.socket.sent.find((frame) => frame[0] === MESSAGE_TYPE.sync && frame[1] === SYNC_STEP2);
}

describe("joiners that hold nothing yet", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  it("[S1] share one encoded step 2 while the board is unchanged, and the next one after a change", async () => {
    harness = new SyncHarness("sqlite");
    const [alice, bob] = await harness.syncedClients(2);
    // A crowd joining at once costs the server one encode, not one each.
    expect(step2Sent(alice!)).toBeDefined();
    expect(step2Sent(bob!)).toBe(step2Sent(alice!));

    getBoardTitleText(alice!.doc).insert(0, "Edited ");
    await vi.waitFor(() => expect(boardContent(bob!.doc).title).toBe("Edited Test plan"));
    const carol = harness.client("board");
    await vi.waitFor(() => expect(carol.synced).toBe(true));
    expect(step2Sent(carol)).not.toBe(step2Sent(alice!));
    expect(boardContent(carol.doc).title).toBe("Edited Test plan");
    // A small board is encoded here, as ever: the store builds only large boards' joiners' states.
    expect(harness.store.joinCalls).toBe(0);
  });
});

describe("[S32] a large board's joiners", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  /** Every board counts as large. */
  const largeBoards = () => new SyncHarness("sqlite", { storeJoinAboveBytes: 0 });

  /** A joiner arriving after every edit was relayed: it has only its step 2 to hold them. */
  async function expectLateJoinerToSee(title: string): Promise<void> {
    const late = harness.client("board");
    await vi.waitFor(() => expect(late.synced).toBe(true));
    expect(boardContent(late.doc).title).toBe(title);
  }

  it("get the board as the store durably holds it, built in a worker while the room's frames carry on", async () => {
    harness = largeBoards();
    const [alice] = await harness.syncedClients(1);
    getBoardTitleText(alice!.doc).insert(0, "Draft ");
    await vi.waitFor(async () => expect((await harness.stored("board"))?.updates.length).toBeGreaterThan(0));

    const hold = deferred();
    harness.store.holdJoins = hold;
    const bob = harness.client("board");
    await vi.waitFor(() => expect(harness.store.joinCalls).toBeGreaterThan(0));
    // While bob's state is being built, alice's edits are stored and relayed: nothing waits behind him.
    const storedBefore = (await harness.stored("board"))!.updates.length;
    getBoardTitleText(alice!.doc).insert(0, "Second ");
    await vi.waitFor(async () =>
      expect((await harness.stored("board"))!.updates.length).toBeGreaterThan(storedBefore),
    );
    expect(bob.synced).toBe(false);

    hold.resolve();
    await vi.waitFor(() => expect(bob.synced).toBe(true));
    // The state (through the seq durable when he asked) and the edit relayed after it, together.
    await vi.waitFor(() => expect(boardContent(bob.doc).title).toBe("Second Draft Test plan"));
    expect(boardContent(bob.doc)).toEqual(boardContent(alice!.doc));
  });

  it("share one build when they arrive together, and the next joiner of the unchanged board gets it cached", async () => {
    harness = largeBoards();
    await createTestBoard(harness.store, "board");
    const hold = deferred();
    harness.store.holdJoins = hold;
    const crowd = [harness.client("board"), harness.client("board"), harness.client("board")];
    await vi.waitFor(() => expect(harness.store.joinCalls).toBe(1));
    hold.resolve();
    await vi.waitFor(() => expect(crowd.every((client) => client.synced)).toBe(true));
    expect(harness.store.joinCalls).toBe(1);
    expect(new Set(crowd.map(step2Sent)).size).toBe(1);

    const late = harness.client("board");
    await vi.waitFor(() => expect(late.synced).toBe(true));
    expect(harness.store.joinCalls).toBe(1);
    expect(step2Sent(late)).toBe(step2Sent(crowd[0]!));
    expect(boardContent(late.doc).title).toBe("Test plan");
  });

  it("have the store's worker started when their board loads, and never for a small board", async () => {
    harness = largeBoards();
    await harness.syncedClients(1);
    expect(harness.store.prestartCalls).toBe(1);
    expect(harness.sqlite?.joinsReady()).toBe(true);
    await harness.dispose();

    harness = new SyncHarness("sqlite");
    await harness.syncedClients(1);
    expect(harness.store.prestartCalls).toBe(0);
    expect(harness.sqlite?.joinsReady()).toBe(false);
  });

  it("do not leave a built state cached when the board changed while it was built", async () => {
    harness = largeBoards();
    const [alice] = await harness.syncedClients(1);
    // An edit first, so nothing is cached for bob: his state is built.
    getBoardTitleText(alice!.doc).insert(0, "Draft ");
    await vi.waitFor(async () => expect((await harness.stored("board"))!.updates.length).toBe(1));
    const hold = deferred();
    harness.store.holdJoins = hold;
    const bob = harness.client("board");
    await vi.waitFor(() => expect(harness.store.joinCalls).toBe(2));
    getBoardTitleText(alice!.doc).insert(0, "During ");
    await vi.waitFor(async () => expect((await harness.stored("board"))!.updates.length).toBe(2));
    hold.resolve();
    await vi.waitFor(() => expect(boardContent(bob.doc).title).toBe("During Draft Test plan"));
    // The edit was relayed before carol came: only a state holding it will do.
    await expectLateJoinerToSee("During Draft Test plan");
  });

  it("do not leave a built state cached when an edit was waiting to be stored as it was asked for", async () => {
    harness = largeBoards();
    const [alice] = await harness.syncedClients(1);
    const appends = deferred();
    harness.store.holdAppends = appends;
    getBoardTitleText(alice!.doc).insert(0, "Pending ");
    const bob = harness.client("board");
    // Built through the durable seq, without the pending edit; bob gets it once it is stored.
    await vi.waitFor(() => expect(bob.synced).toBe(true));
    appends.resolve();
    await vi.waitFor(() => expect(boardContent(bob.doc).title).toBe("Pending Test plan"));
    await expectLateJoinerToSee("Pending Test plan");
  });

  it("get the board encoded here when the store cannot build it", async () => {
    harness = largeBoards();
    harness.store.failJoins = true;
    const [alice] = await harness.syncedClients(1);
    expect(boardContent(alice!.doc).title).toBe("Test plan");
    expect(harness.store.joinCalls).toBe(1);
    expect(
      harness.log.some((entry) => entry.message.includes("joiner's state off the event loop failed")),
    ).toBe(true);
  });

  it("are answered from the live document when they hold content already, or may only read", async () => {
    harness = largeBoards();
    const [alice] = await harness.syncedClients(1);
    const calls = harness.store.joinCalls;
    getBoardTitleText(alice!.doc).insert(0, "Known ");
    const returning = harness.client("board", "write", Y.encodeStateAsUpdate(alice!.doc));
    const reader = harness.client("board", "read");
    await vi.waitFor(() => expect(returning.synced && reader.synced).toBe(true));
    expect(harness.store.joinCalls).toBe(calls);
    expect(boardContent(reader.doc).title).toBe("Known Test plan");
  });
});
