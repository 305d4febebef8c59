import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText, readMeta } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import type { SyncLimits } from "./limits";
import { updateMessage } from "./messages";
import { createTestBoard, seededState } from "./testing/boards";
import { SyncHarness } from "./testing/harness";

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function realUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.get("notes", Y.Text).insert(0, "a real update with some text in it");
  return Y.encodeStateAsUpdate(doc);
}

const update = realUpdate();

/** Frames that must close their sender with malformedMessage, and the reason's detail. */
const MALFORMED_FRAMES: [string, Uint8Array, string][] = [
  ["an empty frame", new Uint8Array([]), "empty frame"],
  ["an unknown message type", new Uint8Array([7, 0, 0]), "unknown message type"],
  ["a malformed varint", new Uint8Array([0x80, 0x80]), "malformed varint"],
  ["an auth message from a client", new Uint8Array([2, 0]), "unexpected message type"],
  ["an unknown sync message type", new Uint8Array([0, 5, 0]), "unknown sync message type"],
  [
    "garbage update bytes",
    syncFrame(syncProtocol.messageYjsUpdate, new Uint8Array([255, 254, 253])),
    "malformed update",
  ],
  ["a truncated update", syncFrame(syncProtocol.messageYjsUpdate, update.slice(0, -4)), "malformed update"],
  [
    "an update with trailing bytes",
    syncFrame(syncProtocol.messageYjsSyncStep2, new Uint8Array([...update, 0, 0])),
    "malformed update",
  ],
  [
    "a payload longer than the frame",
    syncFrame(syncProtocol.messageYjsUpdate, update).slice(0, -10),
    "malformed update",
  ],
  ["bytes after the message", new Uint8Array([...updateMessage(update), 0]), "trailing bytes"],
  [
    "a truncated state vector",
    syncFrame(syncProtocol.messageYjsSyncStep1, new Uint8Array([2, 5])),
    "malformed state vector",
  ],
  ["a malformed awareness update", new Uint8Array([1, 4, 1, 7, 1, 9]), "malformed awareness update"],
];

describe("room guards", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  async function boardWithClients(count: number, limits: Partial<SyncLimits> = {}) {
    harness = new SyncHarness("sqlite", limits);
    return harness.syncedClients(count);
  }

  const serverState = () => harness.manager.readDoc("board", (doc) => Y.encodeStateVector(doc));

  it.each(MALFORMED_FRAMES)(
    "[S10] %s closes only its sender and leaves the document untouched",
    async (_name, frame, problem) => {
      const [mallory, bob] = await boardWithClients(2);
      const before = await serverState();
      const appends = harness.store.appendCalls;
      mallory!.send(frame);
      await vi.waitFor(() => expect(mallory!.socket.closedWith).toBeDefined());
      expect(mallory!.socket.closedWith).toEqual({
        code: CLOSE_CODE.malformedMessage,
        reason: `malformed message: ${problem}`,
      });
      expect(await serverState()).toEqual(before);
      expect(harness.store.appendCalls).toBe(appends);

      getBoardTitleText(bob!.doc).insert(0, "Still here ");
      await vi.waitFor(async () =>
        expect((await harness.stored("board"))?.updates.length).toBeGreaterThan(0),
      );
      expect(bob!.closeCode).toBeUndefined();
    },
  );

  it("[S9] a read-only connection syncs and follows edits, but its update message is refused", async () => {
    const [alice] = await boardWithClients(1);
    const reader = harness.client("board", "read");
    await vi.waitFor(() => expect(reader.synced).toBe(true));
    getBoardTitleText(alice!.doc).insert(0, "Live ");
    await vi.waitFor(() => expect(readMeta(reader.doc).title).toBe("Live Test plan"));
    const before = await serverState();
    const appends = harness.store.appendCalls;

    getBoardTitleText(reader.doc).insert(0, "Sneaky ");
    await vi.waitFor(() => expect(reader.closeCode).toBe(CLOSE_CODE.forbidden));
    expect(await serverState()).toEqual(before);
    expect(harness.store.appendCalls).toBe(appends);
    expect(readMeta(alice!.doc).title).toBe("Live Test plan");
  });

  it("[S9] a read-only sync step 2 with new content is refused; one with only known deletes is accepted", async () => {
    const [alice] = await boardWithClients(1);
    getBoardTitleText(alice!.doc).delete(0, 5);
    await vi.waitFor(async () => expect((await harness.stored("board"))?.updates.length).toBe(1));
    const known = Y.encodeStateAsUpdate(alice!.doc);
    const offline = new Y.Doc();
    Y.applyUpdate(offline, known);
    getBoardTitleText(offline).insert(0, "Offline ");

    const returning = harness.client("board", "read", known);
    const editor = harness.client("board", "read", Y.encodeStateAsUpdate(offline));
    await vi.waitFor(() => expect(editor.closeCode).toBe(CLOSE_CODE.forbidden));
    await vi.waitFor(() => expect(returning.synced).toBe(true));
    expect(returning.closeCode).toBeUndefined();
    expect(await harness.manager.readDoc("board", (doc) => readMeta(doc).title)).toBe("plan");

    returning.setPresence({ user: { name: "Reader" } });
    await vi.waitFor(() =>
      expect(alice!.awareness.getStates().get(returning.doc.clientID)).toEqual({ user: { name: "Reader" } }),
    );
  });

  it("[S11] a frame over maxMessageBytes closes its sender with messageTooLarge", async () => {
    const [alice, bob] = await boardWithClients(2, { maxMessageBytes: 256 });
    const before = await serverState();
    getBoardTitleText(alice!.doc).insert(0, "x".repeat(300));
    await vi.waitFor(() => expect(alice!.closeCode).toBe(CLOSE_CODE.messageTooLarge));
    expect(await serverState()).toEqual(before);
    expect(bob!.closeCode).toBeUndefined();
  });

  it("[S11] an update that would grow the document past maxDocBytes is refused with messageTooLarge", async () => {
    harness = new SyncHarness("sqlite", { maxDocBytes: seededState().byteLength + 500 });
    await createTestBoard(harness.store, "board");
    const alice = harness.client("board");
    const bob = harness.client("board");
    await vi.waitFor(() => expect(alice.synced && bob.synced).toBe(true));
    getBoardTitleText(bob.doc).insert(0, "Small ");
    await vi.waitFor(() => expect(readMeta(alice.doc).title).toBe("Small Test plan"));
    getBoardTitleText(alice.doc).insert(0, "y".repeat(1000));
    await vi.waitFor(() => expect(alice.closeCode).toBe(CLOSE_CODE.messageTooLarge));
    expect(await harness.manager.readDoc("board", (doc) => readMeta(doc).title)).toBe("Small Test plan");
    expect(bob.closeCode).toBeUndefined();
  });

  it("[S13] a reader too far behind is closed with slowReader instead of buffering more", async () => {
    const [alice, bob] = await boardWithClients(2, { maxBufferedBytes: 1000 });
    bob!.socket.bufferedAmount = 1001;
    getBoardTitleText(alice!.doc).insert(0, "Busy ");
    await vi.waitFor(() => expect(bob!.closeCode).toBe(CLOSE_CODE.slowReader));
    expect(alice!.closeCode).toBeUndefined();
    expect(harness.manager.connectionCount).toBe(1);
  });
});
