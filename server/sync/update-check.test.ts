import * as encoding from "lib0/encoding";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import type { SyncLimits } from "./limits";
import { deleteSetUpdate, updateFrame } from "./testing/frames";
import { SyncHarness } from "./testing/harness";

/** One text insert from each of `count` clients, merged into one update. */
function manyClientsUpdate(count: number): Uint8Array {
  const updates = Array.from({ length: count }, (_, index) => {
    const doc = new Y.Doc();
    doc.clientID = 1_000 + index;
    getBoardTitleText(doc).insert(0, "x");
    return Y.encodeStateAsUpdate(doc);
  });
  return Y.mergeUpdates(updates);
}

/** An update whose first client claims `structs` structs, followed by `tail`. */
/** One garbage-collected run (a struct saying "these clocks are gone") of `length` from `client`. */
function gcRun(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeUint8(encoder, 0);
  encoding.writeVarUint(encoder, length);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

function claimedStructs(structs: number, tail: number[] = []): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, structs);
  for (const byte of tail) encoding.writeUint8(encoder, byte);
  return encoding.toUint8Array(encoder);
}

describe("update checks", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  async function boardWithClients(count: number, limits: Partial<SyncLimits> = {}) {
    harness = new SyncHarness("memory", limits);
    return harness.syncedClients(count);
  }

  const serverState = () => harness.manager.readDoc("board", (doc) => Y.encodeStateAsUpdate(doc));

  const CRAFTED: [string, Uint8Array, number, string][] = [
    ["a struct count of 2^32", claimedStructs(2 ** 32, [0]), CLOSE_CODE.malformedMessage, "malformed update"],
    [
      "a struct count of 2^53",
      claimedStructs(2 ** 53 - 1, [0]),
      CLOSE_CODE.malformedMessage,
      "malformed update",
    ],
    [
      "a string length of 2^40",
      claimedStructs(1, [4, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]),
      CLOSE_CODE.malformedMessage,
      "malformed update",
    ],
    [
      "a delete range overlapping the one before",
      deleteSetUpdate(7, [
        [0, 1_000_000],
        [0, 1_000_000],
      ]),
      CLOSE_CODE.malformedMessage,
      "unordered delete set",
    ],
    [
      "delete ranges out of order",
      deleteSetUpdate(7, [
        [10, 1],
        [5, 1],
      ]),
      CLOSE_CODE.malformedMessage,
      "unordered delete set",
    ],
    [
      "a garbage-collected run 2^52 long",
      gcRun(6060, 0, 2 ** 52),
      CLOSE_CODE.malformedMessage,
      "clock out of range",
    ],
    [
      "a run whose clock passes 2^32",
      gcRun(6061, 2 ** 32 - 1, 2),
      CLOSE_CODE.malformedMessage,
      "clock out of range",
    ],
    [
      "a delete range reaching past 2^32",
      deleteSetUpdate(7, [[2 ** 32, 1]]),
      CLOSE_CODE.malformedMessage,
      "clock out of range",
    ],
    [
      "an empty delete range",
      deleteSetUpdate(7, [[10, 0]]),
      CLOSE_CODE.malformedMessage,
      "unordered delete set",
    ],
  ];

  it.each(CRAFTED)("[S23] %s closes its sender and changes nothing", async (_name, update, code, problem) => {
    const [mallory, bob] = await boardWithClients(2);
    const before = await serverState();
    mallory!.send(updateFrame(update));
    expect(mallory!.socket.closedWith).toEqual({ code, reason: `malformed message: ${problem}` });
    expect(await serverState()).toEqual(before);
    expect(bob!.closeCode).toBeUndefined();
  });

  it("[S23] an update with more structs than maxUpdateStructs is refused with messageTooLarge", async () => {
    const [mallory] = await boardWithClients(1, { maxUpdateStructs: 10 });
    const before = await serverState();
    mallory!.send(updateFrame(manyClientsUpdate(11)));
    expect(mallory!.socket.closedWith).toEqual({
      code: CLOSE_CODE.messageTooLarge,
      reason: "message too large: too many structs",
    });
    expect(await serverState()).toEqual(before);
  });

  it("[S23] an update with more delete ranges than maxUpdateDeletes is refused with messageTooLarge", async () => {
    const [mallory] = await boardWithClients(1, { maxUpdateDeletes: 10 });
    const ranges = Array.from({ length: 11 }, (_, index): [number, number] => [index * 2, 1]);
    mallory!.send(updateFrame(deleteSetUpdate(7, ranges)));
    expect(mallory!.socket.closedWith?.code).toBe(CLOSE_CODE.messageTooLarge);
  });

  it("[S23] the costliest updates the default limits let through apply in well under a second", async () => {
    const [alice, bob] = await boardWithClients(2);
    const title = getBoardTitleText(alice!.doc);
    title.insert(0, "x".repeat(200_000));
    await vi.waitFor(() => expect(readMeta(bob!.doc).title.length).toBe(200_000 + "Test plan".length));
    // Every other character deleted, one range each: each splits an item of the live document.
    const ranges = Array.from({ length: 100_000 }, (_, index): [number, number] => [index * 2, 1]);
    const started = performance.now();
    alice!.send(updateFrame(deleteSetUpdate(alice!.doc.clientID, ranges)));
    expect(alice!.closeCode).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2_000);
    await vi.waitFor(() => expect(readMeta(bob!.doc).title.length).toBe(100_000 + "Test plan".length));
  });

  it("[S24] content whose dependencies the server lacks is kept until they arrive, then stored and relayed", async () => {
    const [alice, bob] = await boardWithClients(2);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(bob!.doc));
    replica.clientID = 424242;
    const start = Y.encodeStateVector(replica);
    getBoardTitleText(replica).insert(0, "first ");
    const missing = Y.encodeStateAsUpdate(replica, start);
    const known = Y.encodeStateVector(replica);
    getBoardTitleText(replica).insert(6, "second ");
    // After a crash, a reconnecting client's live edit can arrive before the step 2 it builds on.
    alice!.send(updateFrame(Y.encodeStateAsUpdate(replica, known)));
    expect(await harness.manager.readDoc("board", (doc) => doc.store.pendingStructs !== null)).toBe(true);
    // Never shared before it is stored: a joiner's step 2 leaves the pending edit out.
    const joiner = harness.client("board");
    await vi.waitFor(() => expect(joiner.synced).toBe(true));
    expect(readMeta(joiner.doc).title).toBe("Test plan");
    expect(joiner.doc.store.pendingStructs).toBeNull();
    alice!.send(updateFrame(missing));
    await vi.waitFor(() => expect(readMeta(bob!.doc).title).toBe("first second Test plan"));
    expect(await harness.manager.readDoc("board", (doc) => doc.store.pendingStructs)).toBeNull();
    expect(alice!.closeCode).toBeUndefined();
  });

  it("[S24] pending content past the bound is dropped and its sender closed, the document unchanged", async () => {
    const [alice, bob] = await boardWithClients(2, { maxMessageBytes: 64 });
    alice!.send(updateFrame(deleteSetUpdate(99_999, [[5, 1]])));
    const orphan = new Y.Doc();
    orphan.clientID = 424243;
    getBoardTitleText(orphan).insert(0, "x");
    const known = Y.encodeStateVector(orphan);
    getBoardTitleText(orphan).insert(1, "y".repeat(30));
    alice!.send(updateFrame(Y.encodeStateAsUpdate(orphan, known)));
    await vi.waitFor(() => expect(alice!.closeCode).toBe(CLOSE_CODE.loadFailed));
    expect(
      await harness.manager.readDoc("board", (doc) => [doc.store.pendingStructs, readMeta(doc).title]),
    ).toEqual([null, "Test plan"]);
    expect(harness.log.some((entry) => entry.message.includes("dependencies are unknown"))).toBe(true);
    expect(bob!.closeCode).toBeUndefined();
  });
});
