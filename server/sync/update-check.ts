import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { isAllowedElement, isAllowedLinkAttributes, markOfFormat } from "../../shared/editor/schema";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { FrameError } from "./frame-error";
import type { SyncLimits } from "./limits";

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export type UpdateRules = Pick<SyncLimits, "maxUpdateStructs" | "maxUpdateDeletes">;

const MAX_NAME_IN_REASON = 40;

/**
 * No client session makes four billion edits; a clock or range past this is forged. It keeps clocks
 * far below 2^53, where JavaScript numbers (and so Yjs's state vectors) stop being exact.
 */
export const MAX_CLOCK = 2 ** 32;

/** The byte decoder of the last update decoded here, to see where reading stopped. */
let lastBytes: decoding.Decoder | undefined;

class EndTrackingDecoder extends Y.UpdateDecoderV1 {
  constructor(bytes: decoding.Decoder) {
    super(bytes);
    lastBytes = bytes;
  }
}

/**
 * Decode every struct, its content and the delete set, and insist that this read the update
 * exactly to its end: Yjs alone neither notices trailing bytes nor, for some truncations, that it
 * read past the end. One decode that nothing is applied from, so a live document is never
 * half-applied (it replaced a trial apply into a throwaway document: a second decode per update).
 */
function decodeWhole(update: Uint8Array): DecodedUpdate {
  lastBytes = undefined;
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdateV2(update, EndTrackingDecoder);
  } catch {
    throw new FrameError("malformed update");
  }
  // Set by the decoder's constructor, which TypeScript cannot see from here.
  const end = (lastBytes as decoding.Decoder | undefined)?.pos;
  if (end !== update.length) throw new FrameError("malformed update");
  return decoded;
}

/**
 * Check what an incoming update would insert, before anything applies it: exactly one well-formed
 * update, bounded numbers of structs and delete ranges (so applying it stays cheap), a delete set
 * in the order Yjs writes it, and rich text within the editor schema. Throws a FrameError.
 */
export function checkUpdate(update: Uint8Array, rules: UpdateRules): void {
  // Yjs allocates an array as long as the first client's struct count before reading any struct.
  if (firstStructCount(update) > rules.maxUpdateStructs) tooMany("too many structs");
  const decoded = decodeWhole(update);
  if (decoded.structs.length > rules.maxUpdateStructs) tooMany("too many structs");
  checkDeleteSet(decoded.ds, rules.maxUpdateDeletes);
  for (const struct of decoded.structs) {
    if (struct.id.clock + struct.length > MAX_CLOCK) throw new FrameError("clock out of range");
    if (struct instanceof Y.Item) checkContent(struct.content);
  }
}

function firstStructCount(update: Uint8Array): number {
  const decoder = decoding.createDecoder(update);
  try {
    if (decoding.readVarUint(decoder) === 0) return 0;
    const count = decoding.readVarUint(decoder);
    // Every struct takes at least one byte.
    if (count > update.length - decoder.pos) throw new RangeError("more structs than bytes");
    return count;
  } catch {
    throw new FrameError("malformed update");
  }
}

/**
 * Yjs applies each delete range by walking the structs it covers; ranges that overlap or repeat
 * would make one small update walk the whole document again and again.
 */
function checkDeleteSet(deleteSet: DecodedUpdate["ds"], maxDeletes: number): void {
  let ranges = 0;
  for (const items of deleteSet.clients.values()) {
    ranges += items.length;
    if (ranges > maxDeletes) tooMany("too many deletes");
    let end = 0;
    for (const item of items) {
      if (item.clock < end || item.len <= 0) throw new FrameError("unordered delete set");
      end = item.clock + item.len;
      if (end > MAX_CLOCK) throw new FrameError("clock out of range");
    }
  }
}

function checkContent(content: Y.Item["content"]): void {
  if (content instanceof Y.ContentType) {
    const type = content.type;
    if (type instanceof Y.XmlHook) refuse("hook");
    if (type instanceof Y.XmlElement && !isAllowedElement(type.nodeName)) refuse(`element ${type.nodeName}`);
  } else if (content instanceof Y.ContentFormat) {
    const mark = markOfFormat(content.key);
    if (!mark) refuse(`format ${content.key}`);
    if (mark === "link" && !isAllowedLinkAttributes(content.value)) refuse("link href not allowed");
  } else if (content instanceof Y.ContentEmbed) {
    refuse("embed");
  }
}

function refuse(what: string): never {
  throw new FrameError(`rich text: ${what.slice(0, MAX_NAME_IN_REASON)}`);
}

function tooMany(problem: "too many structs" | "too many deletes"): never {
  throw new FrameError(problem, CLOSE_CODE.messageTooLarge);
}
