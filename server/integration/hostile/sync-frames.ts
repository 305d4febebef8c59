import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { MESSAGE_TYPE, SYNC_MESSAGE } from "../../../shared/protocol/message-types";

/** y-websocket frames built by hand, so any field can be wrong on purpose. */
export function encodeBytes(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  return encodeBytes((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

export const step1Frame = (stateVector: Uint8Array = Y.encodeStateVector(new Y.Doc())) =>
  syncFrame(SYNC_MESSAGE.step1, stateVector);
export const updateFrame = (update: Uint8Array) => syncFrame(SYNC_MESSAGE.update, update);
export const step2Frame = (update: Uint8Array) => syncFrame(SYNC_MESSAGE.step2, update);

export function awarenessFrame(update: Uint8Array): Uint8Array {
  return encodeBytes((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_TYPE.awareness);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** An awareness update announcing `state` for `clientId` at `clock`, whoever that client is. */
export function awarenessUpdate(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  return encodeBytes((encoder) => {
    encoding.writeVarUint(encoder, entries.length);
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, JSON.stringify(state));
    }
  });
}

/** A y-protocols awareness frame for a fresh awareness instance with `state`. */
export function ownAwarenessFrame(state: Record<string, unknown>): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(state);
  const frame = awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  awareness.destroy();
  return frame;
}

/** Bytes of a varuint without the frame around it (2^53 − 1 is the largest lib0 reads). */
export const varUint = (value: number) => encodeBytes((encoder) => encoding.writeVarUint(encoder, value));

export const concatBytes = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** The update inside a sync step 2 frame (the server's answer to a step 1), or undefined for any other frame. */
export function step2Update(frame: Uint8Array): Uint8Array | undefined {
  if (frame[0] !== MESSAGE_TYPE.sync || frame[1] !== SYNC_MESSAGE.step2) return undefined;
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}
