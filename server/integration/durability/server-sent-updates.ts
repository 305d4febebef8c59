import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import { WebSocket, type RawData } from "ws";
import { MESSAGE_TYPE } from "../../../shared/protocol/message-types";

/** What a WebsocketProvider constructs (its `WebSocketPolyfill`). */
export type WebSocketClass = new (address: string | URL, protocols?: string | string[]) => WebSocket;

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data);
}

/** The Yjs update inside a sync step 2 or update frame from the server, or undefined for any other frame. */
export function serverSentUpdate(frame: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== MESSAGE_TYPE.sync) return undefined;
  const kind = decoding.readVarUint(decoder);
  if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/**
 * A `ws` WebSocket class for a stock WebsocketProvider that reports every update the server sent,
 * exactly as sent. What a client's own Y.Doc emits is not that: applying a remote Y.Map value while the
 * client holds a concurrent one of its own deletes the loser locally, a delete the server has not made yet.
 */
export function recordingWebSocket(onUpdate: (update: Uint8Array) => void): WebSocketClass {
  return class RecordingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.on("message", (data: RawData, isBinary: boolean) => {
        if (!isBinary) return;
        const update = serverSentUpdate(toBytes(data));
        if (update) onUpdate(update);
      });
    }
  };
}
