import * as decoding from "lib0/decoding";
import * as Y from "yjs";

/** Bytes that are not exactly one Yjs (v1) update: garbage, truncated, or followed by trailing bytes. */
export class InvalidUpdateError extends Error {
  constructor(reason: string, options?: { cause: unknown }) {
    super(`invalid update: ${reason}`, options);
    this.name = "InvalidUpdateError";
  }
}

/**
 * Apply `update` to `doc` and insist that it was read exactly to its end. Yjs alone neither
 * notices trailing bytes nor, for some truncations, that it read past the end.
 */
export function applyWholeUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown): void {
  const decoder = decoding.createDecoder(update);
  try {
    Y.readUpdate(decoder, doc, origin);
  } catch (error) {
    throw new InvalidUpdateError("cannot be decoded", { cause: error });
  }
  if (decoder.pos > update.length) throw new InvalidUpdateError("truncated");
  if (decoder.pos < update.length) throw new InvalidUpdateError("trailing bytes");
}
