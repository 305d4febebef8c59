import fc from "fast-check";

export type Mutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "set"; at: number; value: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "splice"; at: number; from: number; fromAt: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 0x7f, 0x80, 0xff, 1, 2, 3),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 9 }),
  }),
  fc.record({
    kind: fc.constant("splice" as const),
    at: fc.nat(),
    from: fc.nat(),
    fromAt: fc.nat(),
    length: fc.integer({ min: 1, max: 32 }),
  }),
);

function apply(frame: Uint8Array, change: Mutation, pool: Uint8Array[]): Uint8Array {
  const bytes = [...frame];
  const at = bytes.length === 0 ? 0 : change.at % bytes.length;
  switch (change.kind) {
    case "flip":
      if (bytes.length > 0) bytes[at] = bytes[at]! ^ (1 << change.bit);
      return Uint8Array.from(bytes);
    case "set":
      if (bytes.length > 0) bytes[at] = change.value;
      return Uint8Array.from(bytes);
    case "truncate":
      return Uint8Array.from(bytes.slice(0, at));
    case "insert":
      bytes.splice(at, 0, ...change.bytes);
      return Uint8Array.from(bytes);
    case "splice": {
      // A piece of another real frame pasted in: plausible structure in the wrong place.
      const donor = pool[change.from % pool.length]!;
      const start = donor.length === 0 ? 0 : change.fromAt % donor.length;
      bytes.splice(at, 0, ...donor.subarray(start, start + change.length));
      return Uint8Array.from(bytes);
    }
  }
}

export type FuzzInput = { via: "message" | "wire"; bytes: Uint8Array };

/** Real frames mutated (bit flips, byte sets, truncations, insertions, splices) and plain random bytes. */
export function fuzzInput(pool: Uint8Array[]): fc.Arbitrary<FuzzInput> {
  const mutated = fc
    .tuple(fc.constantFrom(...pool), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([frame, changes]) => changes.reduce((bytes, change) => apply(bytes, change, pool), frame));
  const message = fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 96 }) },
  );
  return fc.oneof(
    { weight: 9, arbitrary: message.map((bytes) => ({ via: "message" as const, bytes })) },
    // Raw bytes on the TCP stream after the upgrade: the WebSocket parser itself is the target.
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ minLength: 1, maxLength: 96 })
        .map((bytes) => ({ via: "wire" as const, bytes })),
    },
  );
}
