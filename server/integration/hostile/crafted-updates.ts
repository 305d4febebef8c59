import * as encoding from "lib0/encoding";
import { encodeBytes } from "./sync-frames";

/**
 * Yjs v1 updates written field by field (structs section, then delete set), to say things no Yjs
 * document would: references to structs nobody has, deletions of ranges nobody wrote, huge ids.
 */

const CONTENT = { gc: 0, deleted: 1, string: 4, skip: 10 } as const;
const HAS_ORIGIN = 0x80;

export type CraftedStruct =
  | { kind: "gc" | "skip"; length: number }
  | { kind: "deleted"; length: number; origin: [number, number] }
  | { kind: "string"; text: string; origin?: [number, number]; rootKey?: string };

export interface CraftedUpdate {
  clients?: { client: number; clock: number; structs: CraftedStruct[] }[];
  deletes?: { client: number; ranges: [clock: number, length: number][] }[];
}

export function craftUpdate({ clients = [], deletes = [] }: CraftedUpdate): Uint8Array {
  return encodeBytes((encoder) => {
    encoding.writeVarUint(encoder, clients.length);
    for (const { client, clock, structs } of clients) {
      encoding.writeVarUint(encoder, structs.length);
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, clock);
      for (const struct of structs) writeStruct(encoder, struct);
    }
    encoding.writeVarUint(encoder, deletes.length);
    for (const { client, ranges } of deletes) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, ranges.length);
      for (const [clock, length] of ranges) {
        encoding.writeVarUint(encoder, clock);
        encoding.writeVarUint(encoder, length);
      }
    }
  });
}

function writeStruct(encoder: encoding.Encoder, struct: CraftedStruct): void {
  switch (struct.kind) {
    case "gc":
    case "skip":
      encoding.writeUint8(encoder, CONTENT[struct.kind]);
      encoding.writeVarUint(encoder, struct.length);
      return;
    case "deleted":
      encoding.writeUint8(encoder, CONTENT.deleted | HAS_ORIGIN);
      writeId(encoder, struct.origin);
      encoding.writeVarUint(encoder, struct.length);
      return;
    case "string":
      encoding.writeUint8(encoder, CONTENT.string | (struct.origin ? HAS_ORIGIN : 0));
      if (struct.origin) writeId(encoder, struct.origin);
      else {
        // Parent given as a root type name (parentInfo 1 = "a key of doc.share").
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarString(encoder, struct.rootKey ?? "meta");
      }
      encoding.writeVarString(encoder, struct.text);
      return;
  }
}

function writeId(encoder: encoding.Encoder, [client, clock]: [number, number]): void {
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
}

export const MAX_VARUINT = Number.MAX_SAFE_INTEGER;
