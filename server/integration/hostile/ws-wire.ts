import { randomBytes } from "node:crypto";

/** RFC 6455 opcodes; 3–7 and 11–15 are reserved. */
export const OPCODE = {
  continuation: 0x0,
  text: 0x1,
  binary: 0x2,
  close: 0x8,
  ping: 0x9,
  pong: 0xa,
} as const;

export interface ClientFrame {
  opcode: number;
  payload?: Uint8Array;
  /** Default true: the last fragment of a message. */
  fin?: boolean;
  /** RSV1–3 as a 3-bit value (0b100 = RSV1); a server without extensions must refuse any. */
  rsv?: number;
  /** Default true: a client must mask; an unmasked client frame is a protocol error. */
  masked?: boolean;
}

/** One WebSocket frame as a client sends it on the wire, masked with a random key. */
export function encodeClientFrame({
  opcode,
  payload = new Uint8Array(),
  fin = true,
  rsv = 0,
  masked = true,
}: ClientFrame): Buffer {
  const length = payload.length;
  const lengthBytes = length < 126 ? 0 : length < 0x10000 ? 2 : 8;
  const header = Buffer.alloc(2 + lengthBytes + (masked ? 4 : 0));
  header[0] = (fin ? 0x80 : 0) | ((rsv & 0b111) << 4) | (opcode & 0x0f);
  const lengthCode = lengthBytes === 0 ? length : lengthBytes === 2 ? 126 : 127;
  header[1] = (masked ? 0x80 : 0) | lengthCode;
  if (lengthBytes === 2) header.writeUInt16BE(length, 2);
  if (lengthBytes === 8) header.writeBigUInt64BE(BigInt(length), 2);
  const body = Buffer.from(payload);
  if (masked) {
    const key = randomBytes(4);
    key.copy(header, 2 + lengthBytes);
    for (let index = 0; index < body.length; index++) body[index]! ^= key[index % 4]!;
  }
  return Buffer.concat([header, body]);
}

/** A close frame's payload: a 2-byte code and a reason (raw bytes, so invalid UTF-8 can be sent). */
export function closePayload(code: number, reason: Uint8Array = new Uint8Array()): Uint8Array {
  const payload = Buffer.alloc(2 + reason.length);
  payload.writeUInt16BE(code & 0xffff, 0);
  Buffer.from(reason).copy(payload, 2);
  return payload;
}

export interface ServerFrame {
  opcode: number;
  payload: Buffer;
}

/** Splits the server's byte stream (unmasked frames) into frames as bytes arrive. */
export class ServerFrameReader {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): ServerFrame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: ServerFrame[] = [];
    for (;;) {
      const frame = this.next();
      if (!frame) return frames;
      frames.push(frame);
    }
  }

  private next(): ServerFrame | undefined {
    const bytes = this.pending;
    if (bytes.length < 2) return undefined;
    const code = bytes[1]! & 0x7f;
    const headerLength = code < 126 ? 2 : code === 126 ? 4 : 10;
    if (bytes.length < headerLength) return undefined;
    const length =
      code < 126 ? code : code === 126 ? bytes.readUInt16BE(2) : Number(bytes.readBigUInt64BE(2));
    if (bytes.length < headerLength + length) return undefined;
    this.pending = bytes.subarray(headerLength + length);
    return { opcode: bytes[0]! & 0x0f, payload: bytes.subarray(headerLength, headerLength + length) };
  }
}

/** The code of a close frame's payload (1005 "no status" when it has none). */
export function closeCodeOf(payload: Buffer): number {
  return payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
}
