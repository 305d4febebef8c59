import * as wsModule from "ws";
import { WebSocket, type RawData } from "ws";
import type { SyncSocket } from "../sync/sync-socket";

// RFC 6455 caps a close reason at 123 bytes; ws throws beyond that.
const MAX_REASON_BYTES = 123;

/** Messages up to this size are framed once and the frame reused; larger ones go through ws.send. */
const MAX_SHARED_FRAME_BYTES = 64 * 1024;

interface FrameOptions {
  fin: boolean;
  rsv1: boolean;
  opcode: number;
  mask: boolean;
  readOnly: boolean;
}

/** ws's public frame builder (`WebSocket.Sender.frame`), which its type definitions leave out. */
const { Sender } = wsModule as unknown as {
  Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] };
};

/**
 * The part of a ws 8 socket's Sender used to write a ready frame. It writes at once unless it is
 * compressing or reading a Blob (`_state` not 0, frames queued); Coplan never negotiates
 * compression and never sends Blobs, but anything else falls back to `ws.send`.
 */
interface SenderInternals {
  _state?: number;
  _queue?: unknown[];
  sendFrame?: (list: Buffer[]) => void;
}

const SERVER_BINARY_FRAME: FrameOptions = { fin: true, rsv1: false, opcode: 2, mask: false, readOnly: false };

/**
 * A relayed update goes to every connection of a room as the same Uint8Array: its WebSocket frame
 * (header and payload in one buffer) is built once and written to each socket with one call, not
 * framed again per connection (ws's `Sender.frame` is public for this). Held only as long as the
 * message itself.
 */
const sharedFrames = new WeakMap<Uint8Array, Buffer>();

function sharedFrame(data: Uint8Array): Buffer {
  let frame = sharedFrames.get(data);
  if (!frame) {
    const payload = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    frame = Buffer.concat(Sender.frame(payload, SERVER_BINARY_FRAME));
    sharedFrames.set(data, frame);
  }
  return frame;
}

function truncateReason(reason: string): string {
  const bytes = Buffer.from(reason);
  return bytes.length <= MAX_REASON_BYTES ? reason : bytes.subarray(0, MAX_REASON_BYTES).toString();
}

/**
 * The sync core's view of a `ws` socket. A class, not an object of closures: an idle workshop holds
 * hundreds of these, and methods on the prototype cost nothing per socket.
 */
class WsSyncSocket implements SyncSocket {
  private readonly sender: SenderInternals | undefined;

  constructor(private readonly ws: WebSocket) {
    this.sender = (ws as unknown as { _sender?: SenderInternals })._sender;
  }

  send(data: Uint8Array): void {
    const { ws, sender } = this;
    if (ws.readyState !== WebSocket.OPEN) return;
    const idle = sender?._state === 0 && sender._queue?.length === 0;
    if (idle && sender.sendFrame && data.byteLength <= MAX_SHARED_FRAME_BYTES) {
      sender.sendFrame([sharedFrame(data)]);
    } else {
      ws.send(data, { binary: true });
    }
  }

  close(code: number, reason: string): void {
    const { ws } = this;
    if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) {
      ws.close(code, truncateReason(reason));
    }
  }

  // ws still hands over the frames of the read in progress; the queue bounds count those.
  pauseReading(): void {
    this.ws.pause();
  }

  resumeReading(): void {
    this.ws.resume();
  }

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }
}

export function toSyncSocket(ws: WebSocket): SyncSocket {
  return new WsSyncSocket(ws);
}

/** One binary frame as bytes, whatever `binaryType` shape ws delivered it in. */
export function frameBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
