import * as decoding from "lib0/decoding";
import { MESSAGE_TYPE, SYNC_MESSAGE } from "../../shared/protocol/message-types";
import { FrameError, type FrameProblem } from "./frame-error";
import { DEFAULT_SYNC_LIMITS } from "./limits";
import { checkUpdate, type UpdateRules } from "./update-check";

/** One incoming y-websocket frame, fully decoded and validated. */
export type Frame =
  | { kind: "sync-step1"; stateVector: Uint8Array }
  | { kind: "sync-step2"; update: Uint8Array }
  | { kind: "sync-update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "query-awareness" };

/** Decode a whole frame or throw a FrameError; nothing is applied here. */
export function decodeFrame(data: Uint8Array, rules: UpdateRules = DEFAULT_SYNC_LIMITS): Frame {
  if (data.length === 0) throw new FrameError("empty frame");
  const decoder = decoding.createDecoder(data);
  const frame = decodeBody(decoder, rules);
  if (decoding.hasContent(decoder)) throw new FrameError("trailing bytes");
  return frame;
}

function decodeBody(decoder: decoding.Decoder, rules: UpdateRules): Frame {
  const messageType = readVarUint(decoder);
  switch (messageType) {
    case MESSAGE_TYPE.sync:
      return decodeSync(decoder, rules);
    case MESSAGE_TYPE.awareness: {
      const update = readPayload(decoder, "malformed awareness update");
      checkAwarenessUpdate(update);
      return { kind: "awareness", update };
    }
    case MESSAGE_TYPE.queryAwareness:
      return { kind: "query-awareness" };
    case MESSAGE_TYPE.auth:
      // The server sends auth messages; a client never does.
      throw new FrameError("unexpected message type");
    default:
      throw new FrameError("unknown message type");
  }
}

function decodeSync(decoder: decoding.Decoder, rules: UpdateRules): Frame {
  const syncType = readVarUint(decoder);
  switch (syncType) {
    case SYNC_MESSAGE.step1: {
      const stateVector = readPayload(decoder, "malformed state vector");
      checkStateVector(stateVector);
      return { kind: "sync-step1", stateVector };
    }
    case SYNC_MESSAGE.step2:
    case SYNC_MESSAGE.update: {
      const update = readPayload(decoder, "malformed update");
      checkUpdate(update, rules);
      return { kind: syncType === SYNC_MESSAGE.step2 ? "sync-step2" : "sync-update", update };
    }
    default:
      throw new FrameError("unknown sync message type");
  }
}

function readVarUint(decoder: decoding.Decoder, problem: FrameProblem = "malformed varint"): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new FrameError(problem);
  }
}

function readPayload(decoder: decoding.Decoder, problem: FrameProblem): Uint8Array {
  try {
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw new FrameError(problem);
  }
}

/** A state vector: a count, then that many (client, clock) pairs, and nothing after. */
function checkStateVector(stateVector: Uint8Array): void {
  const decoder = decoding.createDecoder(stateVector);
  const entries = readVarUint(decoder, "malformed state vector");
  for (let index = 0; index < entries; index++) {
    readVarUint(decoder, "malformed state vector");
    readVarUint(decoder, "malformed state vector");
  }
  if (decoding.hasContent(decoder)) throw new FrameError("malformed state vector");
}

/** An awareness update: a count, then (client, clock, JSON state) triples, and nothing after. */
function checkAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  try {
    const entries = decoding.readVarUint(decoder);
    for (let index = 0; index < entries; index++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      JSON.parse(decoding.readVarString(decoder));
    }
  } catch {
    throw new FrameError("malformed awareness update");
  }
  if (decoding.hasContent(decoder)) throw new FrameError("malformed awareness update");
}
