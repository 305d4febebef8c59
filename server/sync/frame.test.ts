import * as encoding from "lib0/encoding";
import { Awareness } from "y-protocols/awareness";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decodeFrame } from "./frame";
import { FrameError } from "./frame-error";
import { awarenessMessage, syncStep1Message, syncStep2Message, updateMessage } from "./messages";

function problemOf(frame: Uint8Array): string | undefined {
  try {
    decodeFrame(frame);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(FrameError);
    return (error as FrameError).problem;
  }
}

describe("decodeFrame", () => {
  const doc = new Y.Doc();
  doc.get("notes", Y.Text).insert(0, "hello");
  const update = Y.encodeStateAsUpdate(doc);

  it("[S10] decodes every frame a y-websocket client sends", () => {
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { name: "Ada" } });
    const query = encoding.createEncoder();
    encoding.writeVarUint(query, 3);

    expect(decodeFrame(syncStep1Message(doc))).toEqual({
      kind: "sync-step1",
      stateVector: Y.encodeStateVector(doc),
    });
    expect(decodeFrame(syncStep2Message(doc, new Uint8Array([0])))).toEqual({ kind: "sync-step2", update });
    expect(decodeFrame(updateMessage(update))).toEqual({ kind: "sync-update", update });
    expect(decodeFrame(awarenessMessage(awareness, [doc.clientID])).kind).toBe("awareness");
    expect(decodeFrame(encoding.toUint8Array(query))).toEqual({ kind: "query-awareness" });
    awareness.destroy();
  });

  it("[S10] names what is wrong with a frame that does not decode", () => {
    expect(problemOf(new Uint8Array([]))).toBe("empty frame");
    expect(problemOf(new Uint8Array([0xff]))).toBe("malformed varint");
    expect(problemOf(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]))).toBe(
      "malformed varint",
    );
    expect(problemOf(new Uint8Array([4]))).toBe("unknown message type");
    expect(problemOf(new Uint8Array([2, 0, 0]))).toBe("unexpected message type");
    expect(problemOf(new Uint8Array([0, 3, 0]))).toBe("unknown sync message type");
    expect(problemOf(new Uint8Array([0, 0, 1, 1]))).toBe("malformed state vector");
    expect(problemOf(new Uint8Array([0, 0, 3, 1, 5, 5, 0]))).toBe("trailing bytes");
    expect(problemOf(new Uint8Array([0, 2, 2, 1, 0]))).toBe("malformed update");
    expect(problemOf(new Uint8Array([0, 2, update.length, ...update.slice(0, -1), 9]))).toBe(
      "malformed update",
    );
    expect(problemOf(new Uint8Array([1, 2, 1, 1]))).toBe("malformed awareness update");
    expect(problemOf(new Uint8Array([3, 0]))).toBe("trailing bytes");
    expect(problemOf(new Uint8Array([0, 2, 2, 0, 0]))).toBeUndefined();
  });
});
