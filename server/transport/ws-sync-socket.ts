import { WebSocket, type RawData } from "ws";
import type { SyncSocket } from "../sync/sync-socket";

// RFC 6455 caps a close reason at 123 bytes; ws throws beyond that.
const MAX_REASON_BYTES = 123;

function truncateReason(reason: string): string {
  const bytes = Buffer.from(reason);
  return bytes.length <= MAX_REASON_BYTES ? reason : bytes.subarray(0, MAX_REASON_BYTES).toString();
}

/** The sync core's view of a `ws` socket. */
export function toSyncSocket(ws: WebSocket): SyncSocket {
  return {
    send(data) {
      if (ws.readyState === WebSocket.OPEN) ws.send(data, { binary: true });
    },
    close(code, reason) {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) {
        ws.close(code, truncateReason(reason));
      }
    },
    // ws still hands over the frames of the read in progress; the queue bounds count those.
    pauseReading() {
      ws.pause();
    },
    resumeReading() {
      ws.resume();
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    get isOpen() {
      return ws.readyState === WebSocket.OPEN;
    },
  };
}

/** One binary frame as bytes, whatever `binaryType` shape ws delivered it in. */
export function frameBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
