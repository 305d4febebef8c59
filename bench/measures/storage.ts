import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { BenchClient, connectMany } from "../generator/client";
import { delay } from "../generator/pace";
import { benchClientId, movesChain, typingChain, type UpdateChain } from "../generator/updates";
import { atMost } from "../results";
import type { BoardRef } from "../servers/targets";
import type { MeasureContext } from "./context";

const WRITERS = 10;
/** Per connection: within Coplan's default per-connection rate (60/s), as any real client is. */
const UPDATES_PER_SECOND = 50;
const EDITS_PER_UPDATE = 10;
const CARDS_PER_WRITER = 50;

export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await directoryBytes(path) : (await stat(path)).size;
  }
  return total;
}

/**
 * Time the server is given after the last update to finish storing it (and any compaction it set off)
 * before its stalls are read: longer than Hocuspocus's 2 s store debounce, so its last store is counted.
 */
const SETTLE_MS = 3000;

/** Time the server is given to store the setup (the writers' cards or actions) before the load starts. */
const SETUP_MS = 1000;

/**
 * Send each writer's setup update (update 0: its cards, or its action with a notes paragraph), then,
 * from `loadStarts`, the rest of its chain at the paced rate, and let the server store it all. The
 * writers stay connected.
 */
async function stream(
  context: MeasureContext,
  board: BoardRef,
  chains: UpdateChain[],
  loadStarts: () => Promise<unknown>,
): Promise<BenchClient[]> {
  const clients = await connectMany(chains.length, () => BenchClient.connect(board, context.target.framing));
  const longest = Math.max(...chains.map((chain) => chain.updates.length));
  for (let index = 0; index < longest; index++) {
    chains.forEach((chain, writer) => {
      const update = chain.updates[index];
      if (update) clients[writer]?.sendUpdate(update);
    });
    if (index === 0) {
      await delay(SETUP_MS);
      await loadStarts();
    } else await delay(1000 / UPDATES_PER_SECOND);
  }
  await delay(SETTLE_MS);
  return clients;
}

/** The live state's size: a full step 2, asked for by every writer (each must hold everything). */
async function liveState(clients: BenchClient[]): Promise<number> {
  let stateBytes = 0;
  for (const client of clients) {
    client.resync();
    await client.synced();
    stateBytes = Math.max(stateBytes, client.state?.byteLength ?? 0);
  }
  for (const client of clients) client.close();
  return stateBytes;
}

/**
 * Measure 7: bytes on disk after many card moves and after a long typing trace, against the live
 * state; the longest event-loop stall while they were stored (compactions included). Each writer's
 * first update (its cards, or its action) is setup, stored before the load and its clock start.
 */
export async function storage(context: MeasureContext): Promise<void> {
  const { options, target, sink } = context;
  const traces: [string, (writer: number) => UpdateChain, number][] = [
    [
      `${options.storageMoves.toLocaleString("en-GB")} card moves`,
      (writer) =>
        movesChain(benchClientId(writer), CARDS_PER_WRITER, options.storageMoves / WRITERS, EDITS_PER_UPDATE),
      2,
    ],
    [
      `${options.storageKeystrokes.toLocaleString("en-GB")} keystrokes`,
      (writer) =>
        typingChain(benchClientId(100 + writer), options.storageKeystrokes / WRITERS, EDITS_PER_UPDATE),
      0,
    ],
  ];
  for (const [name, chainOf, ratioGoal] of traces) {
    await context.fresh();
    const dataDir = context.dataDir();
    const measure = `7 Storage, ${name}`;
    const [created] = await target.boards(context.server(), 1, "storage");
    if (!created) throw new Error("no board");
    const server = context.server();
    const board = created;
    const chains = Array.from({ length: WRITERS }, (_, writer) => chainOf(writer));
    // The stall is read over the load alone: creating the cards is setup, and on a fresh process it
    // is also where the JIT is cold (applying and merging the first ten updates takes ~40 ms here).
    const clients = await stream(context, board, chains, () => server.request("reset-lag"));
    // Read before the writers ask for the whole state: encoding it for them is a join's cost (measure 4),
    // not storing's.
    const stats = await server.request("stats");
    const stateBytes = await liveState(clients);
    const liveBytes = await directoryBytes(dataDir);
    await context.server().stop();
    const stoppedBytes = await directoryBytes(dataDir);
    context.log(
      `${measure}: state ${stateBytes} B, on disk running ${liveBytes} B, ` +
        `after stop ${stoppedBytes} B, lag max ${stats.lagMaxMs.toFixed(1)} ms`,
    );
    sink.add({ measure, metric: "live state", unit: "KB", lowerIsBetter: true, value: stateBytes / 1000 });
    sink.add({
      measure,
      metric: "on disk, running",
      unit: "KB",
      lowerIsBetter: true,
      value: liveBytes / 1000,
    });
    sink.add({
      measure,
      metric: "on disk after stop ÷ live state",
      unit: "×",
      lowerIsBetter: true,
      value: stoppedBytes / stateBytes,
      goal: ratioGoal ? atMost(ratioGoal, "×") : undefined,
    });
    sink.add({
      measure,
      metric: "longest event-loop stall",
      unit: "ms",
      lowerIsBetter: true,
      value: stats.lagMaxMs,
      goal: atMost(50, "ms"),
    });
  }
}
