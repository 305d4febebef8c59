import { CLOSE_CODE, MESSAGE_TOO_BIG } from "../../../shared/protocol/close-codes";
import { MESSAGE_TYPE, SYNC_MESSAGE } from "../../../shared/protocol/message-types";
import { craftUpdate, MAX_VARUINT } from "./crafted-updates";
import {
  awarenessFrame,
  awarenessUpdate,
  concatBytes,
  step1Frame,
  step2Frame,
  syncFrame,
  updateFrame,
  varUint,
} from "./sync-frames";
import { closePayload, encodeClientFrame, OPCODE, type ClientFrame } from "./ws-wire";

export interface AttackContext {
  /** A real update (a new action) made on a copy of the board and never applied to it. */
  realUpdate: Uint8Array;
  /** Someone else's presence: the watching provider's awareness client id and clock. */
  victim: { clientId: number; clock: number };
  maxMessageBytes: number;
}

/** How the attacker's connection may end: closed with one of `codes` (any code if empty), or left open but ignored. */
export type Expectation = { closes: number[] } | "closes-or-ignored";

export interface FrameAttack {
  name: string;
  expect: Expectation;
  /** The attack pretends to be the victim's presence: nobody else may see its state change. */
  spoofsPresence?: true;
  /** Written on an upgraded connection: raw wire frames, or a Uint8Array sent as one binary message. */
  frames(context: AttackContext): (ClientFrame | Buffer | Uint8Array)[];
}

const MALFORMED = { closes: [CLOSE_CODE.malformedMessage] };
const PROTOCOL_ERROR = { closes: [1002] };
const INVALID_UTF8 = { closes: [1007] };
const TOO_BIG = { closes: [MESSAGE_TOO_BIG, CLOSE_CODE.messageTooLarge] };
const BAD_UTF8 = Uint8Array.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]);
const repeat = <T>(count: number, make: (index: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => make(i));
const message = (
  name: string,
  expect: Expectation,
  bytes: (context: AttackContext) => Uint8Array,
): FrameAttack => ({
  name,
  expect,
  frames: (context) => [bytes(context)],
});
const crafted = (name: string, expect: Expectation, ...update: Parameters<typeof craftUpdate>): FrameAttack =>
  message(name, expect, () => updateFrame(craftUpdate(...update)));

/** Well-framed y-websocket messages with something wrong inside. */
const MESSAGES: FrameAttack[] = [
  message("an empty binary message", MALFORMED, () => new Uint8Array()),
  message("a sync message with no sub-type", MALFORMED, () => Uint8Array.of(MESSAGE_TYPE.sync)),
  message("a sync step 1 with no state vector", MALFORMED, () => Uint8Array.of(0, SYNC_MESSAGE.step1)),
  message("a sync step 1 whose state vector is cut short", MALFORMED, () =>
    concatBytes(Uint8Array.of(0, 0, 5), Uint8Array.of(2, 1)),
  ),
  message("a state vector claiming 2^53-1 entries", MALFORMED, () => step1Frame(varUint(MAX_VARUINT))),
  message("a sync step 2 with a truncated real update", MALFORMED, ({ realUpdate }) =>
    step2Frame(realUpdate.subarray(0, realUpdate.length - 5)),
  ),
  message("an update frame cut in the middle", MALFORMED, ({ realUpdate }) => {
    const frame = updateFrame(realUpdate);
    return frame.subarray(0, frame.length >> 1);
  }),
  message("an update whose length prefix runs past the frame", MALFORMED, ({ realUpdate }) =>
    concatBytes(Uint8Array.of(0, SYNC_MESSAGE.update), varUint(realUpdate.length + 40), realUpdate),
  ),
  message("an update length of 2^53-1 bytes", MALFORMED, () =>
    concatBytes(Uint8Array.of(0, SYNC_MESSAGE.update), varUint(MAX_VARUINT), Uint8Array.of(1, 2, 3)),
  ),
  message("an update length of 2^32 bytes", MALFORMED, () =>
    concatBytes(Uint8Array.of(0, SYNC_MESSAGE.update), varUint(2 ** 32), Uint8Array.of(0, 0)),
  ),
  message("a message type varint that never ends", MALFORMED, () => new Uint8Array(64).fill(0x80)),
  message("a varint beyond 2^53", MALFORMED, () =>
    Uint8Array.of(0, 2, ...new Uint8Array(9).fill(0xff), 0x7f),
  ),
  message("message type 2^53-1", MALFORMED, () => varUint(MAX_VARUINT)),
  message("unknown message type 4", MALFORMED, () => Uint8Array.of(4, 0, 0)),
  message("unknown message type 127", MALFORMED, () => Uint8Array.of(127)),
  message("an auth message (type 2) from a client", MALFORMED, () =>
    concatBytes(Uint8Array.of(MESSAGE_TYPE.auth, 0, 11), Buffer.from("permission!")),
  ),
  message("unknown sync sub-type 3", MALFORMED, () => syncFrame(3, Uint8Array.of(0))),
  message("unknown sync sub-type 2^31", MALFORMED, () =>
    concatBytes(Uint8Array.of(0), varUint(2 ** 31), Uint8Array.of(0)),
  ),
  message("garbage bytes", MALFORMED, () =>
    Uint8Array.from(Buffer.from("\xde\xad\xbe\xef coplan \xff\xff", "latin1")),
  ),
  message("garbage inside a well-framed update", MALFORMED, () =>
    updateFrame(Uint8Array.of(0xde, 0xad, 0xbe, 0xef, 0x99)),
  ),
  message("a real update followed by trailing bytes inside its payload", MALFORMED, ({ realUpdate }) =>
    updateFrame(concatBytes(realUpdate, Uint8Array.of(7, 7, 7))),
  ),
  message("a query-awareness message with trailing bytes", MALFORMED, () =>
    Uint8Array.of(MESSAGE_TYPE.queryAwareness, 9, 9),
  ),
  message("an awareness update with broken JSON", MALFORMED, () =>
    awarenessFrame(
      concatBytes(Uint8Array.of(1), varUint(1234), varUint(1), Uint8Array.of(3, 0x7b, 0x22, 0x61)),
    ),
  ),
  message("an awareness update claiming 2^53-1 entries", MALFORMED, () =>
    awarenessFrame(varUint(MAX_VARUINT)),
  ),
  message("an awareness update cut inside an entry", MALFORMED, () =>
    awarenessFrame(awarenessUpdate([{ clientId: 77, clock: 1, state: { user: "x" } }]).subarray(0, 5)),
  ),
  message("an update claiming 2^53-1 clients", MALFORMED, () => updateFrame(varUint(MAX_VARUINT))),
  message(
    "an update claiming 2^31 structs for one client",
    { closes: [CLOSE_CODE.malformedMessage, CLOSE_CODE.messageTooLarge] },
    () =>
      updateFrame(
        concatBytes(Uint8Array.of(1), varUint(2 ** 31), varUint(99), varUint(0), Uint8Array.of(0, 1)),
      ),
  ),
  {
    name: "an awareness update for someone else's client id",
    expect: "closes-or-ignored",
    spoofsPresence: true,
    frames: ({ victim }) => [
      awarenessFrame(
        awarenessUpdate([
          { clientId: victim.clientId, clock: victim.clock + 1, state: { user: { name: "Mallory" } } },
        ]),
      ),
    ],
  },
  {
    name: "an awareness removal of someone else's client id",
    expect: "closes-or-ignored",
    spoofsPresence: true,
    frames: ({ victim }) => [
      awarenessFrame(awarenessUpdate([{ clientId: victim.clientId, clock: victim.clock + 1, state: null }])),
    ],
  },
  // Well-formed updates that refer to what nobody has: Yjs parks them as pending; nothing visible may change.
  crafted("an item whose origin is a struct nobody has", "closes-or-ignored", {
    clients: [
      { client: 424242, clock: 0, structs: [{ kind: "string", text: "ghost", origin: [31337, 99] }] },
    ],
  }),
  crafted("a delete of a range no client wrote", "closes-or-ignored", {
    deletes: [
      {
        client: 5150,
        ranges: [
          [0, 1_000_000],
          [2_000_000, 5],
        ],
      },
    ],
  }),
  crafted("a delete set of 2^53-1 clocks", "closes-or-ignored", {
    deletes: [{ client: 77, ranges: [[0, MAX_VARUINT]] }],
  }),
  crafted("an item from client 2^53-1 at clock 2^53-2", "closes-or-ignored", {
    clients: [
      {
        client: MAX_VARUINT,
        clock: MAX_VARUINT - 1,
        structs: [{ kind: "string", text: "far", origin: [1, 1] }],
      },
    ],
  }),
  crafted("a deleted run 2^53-1 long after a missing origin", "closes-or-ignored", {
    clients: [
      { client: 8080, clock: 3, structs: [{ kind: "deleted", length: MAX_VARUINT, origin: [8081, 0] }] },
    ],
  }),
  crafted("a skip struct 2^40 long", "closes-or-ignored", {
    clients: [{ client: 9090, clock: 0, structs: [{ kind: "skip", length: 2 ** 40 }] }],
  }),
  crafted("a garbage-collected run 2^52 long from a new client", "closes-or-ignored", {
    clients: [{ client: 6060, clock: 0, structs: [{ kind: "gc", length: 2 ** 52 }] }],
  }),
  crafted("a garbage-collected run that carries a clock past 2^53", "closes-or-ignored", {
    clients: [
      {
        client: 7070,
        clock: 0,
        structs: [
          { kind: "gc", length: MAX_VARUINT },
          { kind: "gc", length: MAX_VARUINT },
        ],
      },
    ],
  }),
];

/** Frames the WebSocket layer itself must refuse (RFC 6455), written by hand on the TCP socket. */
const WIRE: FrameAttack[] = [
  {
    name: "a text frame",
    expect: MALFORMED,
    frames: () => [{ opcode: OPCODE.text, payload: Buffer.from("hello") }],
  },
  {
    name: "a text frame with invalid UTF-8",
    expect: INVALID_UTF8,
    frames: () => [{ opcode: OPCODE.text, payload: BAD_UTF8 }],
  },
  {
    name: "a binary message one byte over MAX_MESSAGE_BYTES",
    expect: TOO_BIG,
    frames: ({ maxMessageBytes }) => [
      { opcode: OPCODE.binary, payload: new Uint8Array(maxMessageBytes + 1).fill(7) },
    ],
  },
  {
    name: "a frame header announcing 2^53-1 payload bytes",
    expect: TOO_BIG,
    frames: () => {
      const header = encodeClientFrame({ opcode: OPCODE.binary, payload: new Uint8Array(0x10000) }).subarray(
        0,
        14,
      );
      header.writeBigUInt64BE(BigInt(MAX_VARUINT), 2);
      return [header];
    },
  },
  {
    name: "a fragment flood (5,000 one-byte continuation frames)",
    expect: { closes: [1008, MESSAGE_TOO_BIG] },
    frames: () => [
      encodeClientFrame({ opcode: OPCODE.binary, payload: Uint8Array.of(0), fin: false }),
      ...repeat(5_000, () =>
        encodeClientFrame({ opcode: OPCODE.continuation, payload: Uint8Array.of(1), fin: false }),
      ),
    ],
  },
  {
    name: "a fragmented message of empty continuation frames (20,000)",
    expect: { closes: [1008, MESSAGE_TOO_BIG] },
    frames: () => [
      encodeClientFrame({ opcode: OPCODE.binary, fin: false }),
      ...repeat(20_000, () => encodeClientFrame({ opcode: OPCODE.continuation, fin: false })),
    ],
  },
  {
    name: "a ping flood (5,000 pings)",
    expect: "closes-or-ignored",
    frames: () =>
      repeat(5_000, (i) => encodeClientFrame({ opcode: OPCODE.ping, payload: Buffer.from(String(i)) })),
  },
  {
    name: "an unsolicited pong flood (5,000 pongs)",
    expect: "closes-or-ignored",
    frames: () =>
      repeat(5_000, () => encodeClientFrame({ opcode: OPCODE.pong, payload: Buffer.from("pong") })),
  },
  {
    name: "a ping with a 126-byte payload",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: OPCODE.ping, payload: new Uint8Array(126) }],
  },
  { name: "a fragmented ping", expect: PROTOCOL_ERROR, frames: () => [{ opcode: OPCODE.ping, fin: false }] },
  {
    name: "reserved data opcode 0x3",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: 0x3, payload: Uint8Array.of(1) }],
  },
  { name: "reserved control opcode 0xB", expect: PROTOCOL_ERROR, frames: () => [{ opcode: 0xb }] },
  {
    name: "RSV1 set without an extension",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: OPCODE.binary, rsv: 0b100, payload: step1Frame() }],
  },
  {
    name: "RSV2 and RSV3 set",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: OPCODE.binary, rsv: 0b011, payload: step1Frame() }],
  },
  {
    name: "an unmasked client frame",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: OPCODE.binary, masked: false, payload: step1Frame() }],
  },
  {
    name: "a continuation frame with no message to continue",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: OPCODE.continuation, payload: Uint8Array.of(0) }],
  },
  {
    name: "a new binary frame inside a fragmented message",
    expect: PROTOCOL_ERROR,
    frames: () => [
      { opcode: OPCODE.binary, fin: false, payload: Uint8Array.of(0) },
      { opcode: OPCODE.binary, payload: Uint8Array.of(0) },
    ],
  },
  {
    name: "a close frame with code 999",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: OPCODE.close, payload: closePayload(999) }],
  },
  {
    name: "a close frame with reserved code 1005",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: OPCODE.close, payload: closePayload(1005) }],
  },
  {
    name: "a close frame with a one-byte payload",
    expect: PROTOCOL_ERROR,
    frames: () => [{ opcode: OPCODE.close, payload: Uint8Array.of(3) }],
  },
  {
    name: "a close frame with an invalid UTF-8 reason",
    expect: INVALID_UTF8,
    frames: () => [{ opcode: OPCODE.close, payload: closePayload(1000, BAD_UTF8) }],
  },
];

export const FRAME_ATTACKS: FrameAttack[] = [...MESSAGES, ...WIRE];
