import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import type { Framing } from "../servers/targets";

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
/** Hocuspocus answers a step 1 with this type: a sync message that asks nothing back. */
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

export type Incoming =
  | { kind: "step1" }
  | { kind: "step2"; update: Uint8Array }
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness" }
  | { kind: "other" };

/** Frames for one board in one framing: Hocuspocus prefixes every frame with the document name. */
export class Wire {
  private readonly prefix: Uint8Array;

  constructor(
    readonly framing: Framing,
    documentName: string,
  ) {
    const encoder = encoding.createEncoder();
    if (framing === "hocuspocus") encoding.writeVarString(encoder, documentName);
    this.prefix = encoding.toUint8Array(encoder);
  }

  /** Hocuspocus waits for an auth message before anything else for a document (any token: no hook). */
  hello(): Uint8Array | undefined {
    if (this.framing !== "hocuspocus") return undefined;
    return this.frame((encoder) => {
      encoding.writeVarUint(encoder, MESSAGE_AUTH);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarString(encoder, "bench");
    });
  }

  step1(stateVector: Uint8Array): Uint8Array {
    return this.sync(SYNC_STEP1, stateVector);
  }

  update(update: Uint8Array): Uint8Array {
    return this.sync(SYNC_UPDATE, update);
  }

  awareness(update: Uint8Array): Uint8Array {
    return this.frame((encoder) => {
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, update);
    });
  }

  decode(data: Uint8Array): Incoming {
    const decoder = decoding.createDecoder(data);
    if (this.framing === "hocuspocus") decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) return { kind: "awareness" };
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return { kind: "other" };
    const syncType = decoding.readVarUint(decoder);
    if (syncType === SYNC_STEP1) return { kind: "step1" };
    const update = decoding.readVarUint8Array(decoder);
    return syncType === SYNC_STEP2 ? { kind: "step2", update } : { kind: "update", update };
  }

  private sync(syncType: number, payload: Uint8Array): Uint8Array {
    return this.frame((encoder) => {
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, syncType);
      encoding.writeVarUint8Array(encoder, payload);
    });
  }

  private frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeUint8Array(encoder, this.prefix);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }
}

/**
 * The (client, clock) of an update's first struct: four varints, no Yjs decoding. Each generated
 * update is one transaction of one client, and every server relays it as one update, so this names it.
 */
export function firstStructId(update: Uint8Array): { client: number; clock: number } | undefined {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return undefined;
  decoding.readVarUint(decoder);
  const client = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  return { client, clock };
}

/** One client's structs in an update: clocks from `from` up to (not including) `to`. */
export interface ClockRange {
  client: number;
  from: number;
  to: number;
}

/** Every client's clock range in an update, decoded by Yjs (the slow path: merged relays). */
export function structRanges(update: Uint8Array): ClockRange[] {
  const meta = Y.parseUpdateMeta(update);
  return [...meta.to].map(([client, to]) => ({ client, from: meta.from.get(client) ?? 0, to }));
}
