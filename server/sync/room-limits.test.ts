import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import type { SyncLimits } from "./limits";
import { ServerBusyError } from "./room-errors";
import { createTestBoard } from "./testing/boards";
import { awarenessFrame } from "./testing/frames";
import { SyncHarness } from "./testing/harness";
import { deferred } from "./testing/instrumented-store";
import type { TestClient } from "./testing/test-client";

const awarenessFramesSentTo = (client: TestClient) =>
  client.socket.sent.filter((frame) => frame[0] === MESSAGE_TYPE.awareness).length;

describe("room limits", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  async function boardWithClients(count: number, limits: Partial<SyncLimits> = {}) {
    harness = new SyncHarness("sqlite", limits);
    return harness.syncedClients(count);
  }

  it("[S18] a burst of 300 updates at the default limits is taken and relayed", async () => {
    const [alice, bob] = await boardWithClients(2);
    for (let index = 0; index < 300; index++) getBoardTitleText(alice!.doc).insert(0, "k");
    await vi.waitFor(() => expect(readMeta(bob!.doc).title).toBe(`${"k".repeat(300)}Test plan`));
    expect(alice!.closeCode).toBeUndefined();
  });

  it("[S18] a connection flooding updates well past its burst is closed with rateLimited; what it got in stays", async () => {
    const [alice, bob] = await boardWithClients(2, { updatesPerSecond: 1, updateBurst: 10 });
    for (let index = 0; index < 40; index++) getBoardTitleText(alice!.doc).insert(0, "f");
    expect(alice!.socket.closedWith).toEqual({
      code: CLOSE_CODE.rateLimited,
      reason: "rate limited: too many updates",
    });
    expect(bob!.closeCode).toBeUndefined();
    const title = await harness.manager.readDoc("board", (doc) => readMeta(doc).title);
    // Twice the burst, less the two sync frames of the handshake, and what flowed in meanwhile.
    expect(title!.length - "Test plan".length).toBeGreaterThanOrEqual(10);
    expect(title!.length - "Test plan".length).toBeLessThan(40);
    await vi.waitFor(() => expect(readMeta(bob!.doc).title).toBe(title));
  });

  it("[S18] awareness past its rate is dropped silently, and queries too; the connection stays", async () => {
    const [alice, bob] = await boardWithClients(2, { awarenessPerSecond: 1, awarenessBurst: 5 });
    const before = awarenessFramesSentTo(bob!);
    for (let index = 0; index < 50; index++) alice!.setPresence({ user: { name: `Alice ${index}` } });
    await new Promise((resolve) => setImmediate(resolve));
    // [S26] the accepted changes of one event-loop turn reach bob as ONE coalesced frame.
    expect(awarenessFramesSentTo(bob!) - before).toBe(1);
    expect(bob!.awareness.getStates().get(alice!.doc.clientID)).toEqual({ user: { name: "Alice 4" } });
    const answers = awarenessFramesSentTo(alice!);
    for (let index = 0; index < 50; index++) alice!.send(new Uint8Array([MESSAGE_TYPE.queryAwareness]));
    expect(awarenessFramesSentTo(alice!) - answers).toBeLessThanOrEqual(1);
    expect(alice!.closeCode).toBeUndefined();
    getBoardTitleText(alice!.doc).insert(0, "Still editing ");
    await vi.waitFor(() => expect(readMeta(bob!.doc).title).toBe("Still editing Test plan"));
  });

  it("[S19] frames queued while the room loads are capped per connection", async () => {
    harness = new SyncHarness("sqlite", { maxQueuedFrames: 5 });
    await createTestBoard(harness.store, "board");
    harness.store.holdLoads = deferred();
    const flooder = harness.client("board");
    const patient = harness.client("board");
    for (let index = 0; index < 10; index++)
      flooder.send(awarenessFrame([[flooder.doc.clientID, index + 1, {}]]));
    expect(flooder.socket.closedWith).toEqual({
      code: CLOSE_CODE.rateLimited,
      reason: "rate limited: too many frames waiting",
    });
    harness.store.holdLoads.resolve();
    await vi.waitFor(() => expect(patient.synced).toBe(true));
    expect(patient.closeCode).toBeUndefined();
  });

  it("[S19] frames queued behind a step 1 that waits for a write are capped per connection", async () => {
    const [alice] = await boardWithClients(1, { maxQueuedFrames: 5 });
    harness.store.holdAppends = deferred();
    getBoardTitleText(alice!.doc).insert(0, "Held ");
    await vi.waitFor(() => expect(harness.store.appendCalls).toBeGreaterThan(0));
    const carol = harness.client("board");
    await vi.waitFor(() => expect(carol.socket.sent.length).toBeGreaterThan(0));
    for (let index = 0; index < 10 && carol.closeCode === undefined; index++)
      getBoardTitleText(carol.doc).insert(0, "c");
    expect(carol.closeCode).toBe(CLOSE_CODE.rateLimited);
    harness.store.holdAppends.resolve();
    await vi.waitFor(async () =>
      expect(await harness.manager.readDoc("board", (doc) => readMeta(doc).title)).toBe("Held Test plan"),
    );
    expect(alice!.closeCode).toBeUndefined();
  });

  it("[S20] with maxRooms full, an idle room is unloaded for a new one, else the connection gets serverBusy", async () => {
    harness = new SyncHarness("sqlite", { maxRooms: 2 });
    for (const id of ["a", "b", "c"]) await createTestBoard(harness.store, id);
    const alice = harness.client("a");
    const bob = harness.client("b");
    await vi.waitFor(() => expect(alice.synced && bob.synced).toBe(true));
    getBoardTitleText(bob.doc).insert(0, "Bob's ");

    const carol = harness.client("c");
    expect(carol.closeCode).toBe(CLOSE_CODE.serverBusy);
    await expect(harness.manager.readDoc("c", () => true)).rejects.toBeInstanceOf(ServerBusyError);
    expect(harness.manager.roomCount).toBe(2);

    bob.disconnect();
    const dave = harness.client("c");
    await vi.waitFor(() => expect(dave.synced).toBe(true));
    expect(harness.manager.roomCount).toBe(2);
    await vi.waitFor(async () => {
      const stored = await harness.stored("b");
      const doc = new Y.Doc();
      for (const blob of [stored!.state!, ...stored!.updates]) Y.applyUpdate(doc, blob);
      expect(readMeta(doc).title).toBe("Bob's Test plan");
    });
  });
});
