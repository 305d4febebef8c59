/**
 * The Node flags Coplan's server runs with (`npm start` gives the same; node-flags.test.ts checks).
 *
 * A young generation of at most 4 MiB per semi-space (V8 grows it to 16 MiB by default). A board's
 * document is made of small objects that live as long as the board is open, so most of what a busy
 * server allocates survives its first minor GC and is copied by it: with 16 MiB semi-spaces those
 * copies stopped the event loop for 15–96 ms at a time under the storage bench's loads (GC traces,
 * SPEC D21); capped at 4 MiB the longest seen was 27 ms.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=4"];
