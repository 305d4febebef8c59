import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { boardContent } from "../board-content";
import { applyEdit, boardEdit } from "./board-edits";
import { connectReplica, createBoardAccess, type BoardAccess, type Replica } from "./board-access";
import { recordingWebSocket } from "./server-sent-updates";
import { startServerProcess, type ServerProcess } from "./server-process";

const KILLS = 20;
const CLIENTS = 3;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);

const eventually = <T>(assertion: () => T | Promise<T>) =>
  vi.waitFor(assertion, { timeout: 15_000, interval: 10 });

/** mulberry32: a small seeded generator for when to kill and who edits. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether `doc` already holds everything in `update` (applying it would change nothing). */
function contains(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.snapshot(copy);
  Y.applyUpdate(copy, update);
  const same = Y.equalSnapshots(before, Y.snapshot(copy)) && copy.store.pendingStructs === null;
  copy.destroy();
  return same;
}

/** Struct ids and deleted ranges of an update, for a failure message. */
function describeUpdate(update: Uint8Array) {
  const { structs, ds } = Y.decodeUpdate(update);
  return {
    structs: structs.map((struct) => `${struct.id.client}:${struct.id.clock}+${struct.length}`),
    deletes: [...ds.clients].map(
      ([client, ranges]) => `${client}:${ranges.map((r) => `${r.clock}+${r.len}`).join(",")}`,
    ),
  };
}

describe("kill -9 at random moments while stock clients edit", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  // CRASH_SEED=<n> replays a run. The oracle is what the server SENT (relays and step 2 answers),
  // recorded off the wire: see `relayed` below for why a client's own Y.Doc events are not that.
  it(`keeps every update a client saw relayed, across ${KILLS} SIGKILLs (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const edits = fc.sample(boardEdit, { seed: SEED, numRuns: 4_000 });
    let nextEdit = 0;
    const dataDir = await mkdtemp(join(tmpdir(), "coplan-crash-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let server: ServerProcess = await startServerProcess({ dataDir });
    cleanups.push(() => server.kill());
    const board: BoardAccess = await createBoardAccess(server.url);

    /**
     * Every update the server sent a client, as sent: relayed edits and sync step 2 answers. Recorded
     * off the wire, not from the client's Y.Doc, whose own re-encoding also holds deletes the client
     * made itself (a remote Y.Map value losing to the client's own unsent concurrent value).
     */
    const relayed: Uint8Array[] = [];
    const recording = recordingWebSocket((update) => relayed.push(update));
    const clients: Replica[] = Array.from({ length: CLIENTS }, () =>
      connectReplica(server.url, board, undefined, recording),
    );
    cleanups.push(() => clients.forEach((client) => client.destroy()));

    for (let round = 0; round < KILLS; round++) {
      const context = `seed ${SEED}, round ${round}`;
      await eventually(() =>
        expect(
          clients.every((client) => client.provider.synced),
          context,
        ).toBe(true),
      );
      // Edit until a random moment, yielding to the event loop so frames are in flight when the kill lands.
      const editsBeforeKill = 5 + Math.floor(random() * 60);
      for (let step = 0; step < editsBeforeKill; step++) {
        const client = clients[Math.floor(random() * CLIENTS)]!;
        applyEdit(client.doc, edits[nextEdit++ % edits.length]!);
        if (random() < 0.5) await new Promise((resolve) => setImmediate(resolve));
      }
      // Killed as `npm start` runs it: with its checkpoint worker, not the fallback (D21).
      expect(server.output).not.toContain("WAL checkpoints are back");
      await server.kill();
      for (const client of clients) client.provider.disconnect();

      server = await startServerProcess({ dataDir, port: server.port });
      // Only the restarted server's storage speaks: no editing client is connected yet.
      const observer = connectReplica(server.url, board);
      await eventually(() => expect(observer.provider.synced, context).toBe(true));
      if (!contains(observer.doc, Y.mergeUpdates(relayed))) {
        const missing = relayed.filter((update) => !contains(observer.doc, update));
        const lost = missing.map((update) => describeUpdate(update));
        const stored = {
          stateVector: Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(observer.doc))),
        };
        expect({ lost, stored }, `${context}: relayed updates lost after the restart`).toEqual({
          lost: [],
          stored,
        });
      }
      observer.destroy();
      for (const client of clients) client.provider.connect();
    }

    // And the clients, reconnected, converge with each other and with what the server stores.
    await eventually(() => {
      const [first, ...others] = clients.map((client) => boardContent(client.doc));
      for (const other of others) expect(other).toEqual(first);
    });
    await server.kill();
    server = await startServerProcess({ dataDir, port: server.port });
    const stored = connectReplica(server.url, board);
    cleanups.push(() => stored.destroy());
    await eventually(() => expect(boardContent(stored.doc)).toEqual(boardContent(clients[0]!.doc)));
    expect(relayed.length).toBeGreaterThan(KILLS);
  }, 90_000);
});
