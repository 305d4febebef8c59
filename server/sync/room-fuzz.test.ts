import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { createAction, getBoardTitleText, listAxis } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { decodeFrame } from "./frame";
import { awarenessMessage, syncStep1Message, updateMessage } from "./messages";
import { createTestBoard } from "./testing/boards";
import { SyncHarness } from "./testing/harness";
import { RecordingSocket } from "./testing/recording-socket";

function decodes(frame: Uint8Array): boolean {
  try {
    decodeFrame(frame);
    return true;
  } catch {
    return false;
  }
}

/** Real frames a client sends, to be mutated: updates touching maps, text and rich text. */
function sampleFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [syncStep1Message(doc)];
  doc.on("update", (update: Uint8Array) => frames.push(updateMessage(update)));
  getBoardTitleText(doc).insert(0, "Fuzzed title");
  const column = listAxis(doc, "column")[0]?.id ?? "c";
  createAction(doc, { title: "An action", themeId: "t", columnId: column });
  getBoardTitleText(doc).delete(2, 4);
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: "Fuzz", color: "#123456" }, cursor: null });
  frames.push(awarenessMessage(awareness, [doc.clientID]));
  awareness.destroy();
  return frames;
}

interface Mutation {
  kind: "set" | "truncate" | "insert";
  at: number;
  value: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("set" as const, "truncate" as const, "insert" as const),
  at: fc.nat(),
  value: fc.integer({ min: 0, max: 255 }),
});

function mutate(frame: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = [...frame];
  for (const { kind, at, value } of mutations) {
    const index = bytes.length === 0 ? 0 : at % bytes.length;
    if (kind === "set") bytes[index] = value;
    else if (kind === "truncate") bytes = bytes.slice(0, index);
    else bytes.splice(index, 0, value);
  }
  return new Uint8Array(bytes);
}

describe("room fuzzing", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  async function loadedBoard() {
    harness = new SyncHarness("memory");
    await createTestBoard(harness.store, "board");
    const bystander = harness.client("board");
    await vi.waitFor(() => expect(bystander.synced).toBe(true));
    return bystander;
  }

  const stateVector = () => harness.manager.readDoc("board", (doc) => Y.encodeStateVector(doc));

  /** Send one frame on a fresh connection; a frame that does not decode must change nothing. */
  async function sendOne(frame: Uint8Array): Promise<void> {
    const before = await stateVector();
    const socket = new RecordingSocket();
    const connection = harness.manager.connect(socket, "board", "write");
    expect(() => connection.receive(frame)).not.toThrow();
    if (!decodes(frame)) {
      // Handled at once, or in a later turn when the room's budget for this one is spent.
      await vi.waitFor(() => expect(socket.closedWith?.code).toBe(CLOSE_CODE.malformedMessage));
      expect(await stateVector()).toEqual(before);
    }
    expect(() => connection.closed()).not.toThrow();
  }

  async function expectStoredEqualsLive(): Promise<void> {
    const live = await harness.manager.readDoc("board", (doc) => Y.snapshot(doc));
    await harness.restart();
    const reloaded = await harness.manager.readDoc("board", (doc) => Y.snapshot(doc));
    expect(Y.equalSnapshots(live!, reloaded!)).toBe(true);
  }

  it("[S17] random bytes never throw out of receive and a frame that does not decode changes nothing", async () => {
    const bystander = await loadedBoard();
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), sendOne), { numRuns: 400 });
    expect(bystander.closeCode).toBeUndefined();
    await expectStoredEqualsLive();
  });

  it("[S17] mutated real frames never throw, never touch the document unless valid, and stay durable", async () => {
    const bystander = await loadedBoard();
    const frames = sampleFrames();
    const mutated = fc
      .tuple(fc.constantFrom(...frames), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([frame, mutations]) => mutate(frame, mutations));
    await fc.assert(fc.asyncProperty(mutated, sendOne), { numRuns: 400 });
    expect(bystander.closeCode).toBeUndefined();
    await expectStoredEqualsLive();
  });

  it("[S17] the frames the mutations start from are well formed", () => {
    const kinds = sampleFrames().map((frame) => decodeFrame(frame).kind);
    expect(new Set(kinds)).toEqual(new Set(["sync-step1", "sync-update", "awareness"]));
  });
});
