import * as encoding from "lib0/encoding";
import { MESSAGE_TYPE, SYNC_MESSAGE } from "../../../shared/protocol/message-types";

/** A sync frame around any payload, valid or not. */
export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const updateFrame = (update: Uint8Array) => syncFrame(SYNC_MESSAGE.update, update);

/** An awareness frame with hand-picked client ids and clocks (a state of null removes it). */
export function awarenessFrame(entries: [client: number, clock: number, state: unknown][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.awareness);
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [client, clock, state] of entries) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  return encoding.toUint8Array(encoder);
}

/** An update with no structs and the given delete ranges, one client: what a crafted delete set looks like. */
export function deleteSetUpdate(client: number, ranges: [clock: number, length: number][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, ranges.length);
  for (const [clock, length] of ranges) {
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarUint(encoder, length);
  }
  return encoding.toUint8Array(encoder);
}
