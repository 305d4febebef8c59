import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import type * as Y from "yjs";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { encodeDurableState } from "./durable-state";

/** Outgoing y-websocket frames, framed exactly as y-websocket's own server frames them. */

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  // Framed as syncProtocol.writeSyncStep2 does, but without pending (never stored) content.
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, encodeDurableState(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

/**
 * A sync step 2 carrying `update` (an update built elsewhere, holding only durable content), framed as
 * `writeSyncStep2` frames it. Allocated once at its exact size: a large board's update is megabytes,
 * and an encoder growing its buffers copies it several times over, on the event loop.
 */
export function syncStep2MessageOf(update: Uint8Array): Uint8Array {
  const header = encoding.createEncoder();
  encoding.writeVarUint(header, MESSAGE_TYPE.sync);
  encoding.writeVarUint(header, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint(header, update.byteLength);
  const head = encoding.toUint8Array(header);
  const message = new Uint8Array(head.byteLength + update.byteLength);
  message.set(head);
  message.set(update, head.byteLength);
  return message;
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}
