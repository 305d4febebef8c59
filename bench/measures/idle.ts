import { readFileSync } from "node:fs";
import { BenchClient, connectMany } from "../generator/client";
import { editingHistory } from "../generator/history";
import { atMostHalfOfBestPeer } from "../results";
import type { BoardRef } from "../servers/targets";
import { median } from "../stats";
import type { MeasureContext } from "./context";

const BOARD_CONTENT_BYTES = 20_000;

interface Memory {
  rss: number;
  heap: number;
}

async function settledMemory(context: MeasureContext): Promise<Memory> {
  // Twice: the first collection frees what the second would otherwise find late.
  await context.server().request("gc");
  const stats = await context.server().request("gc");
  return { rss: stats.rssBytes, heap: stats.heapUsedBytes };
}

/** KiB per connection: RSS and JS heap after minus before, over `count`. */
const perItem = (before: Memory, after: Memory, count: number) => ({
  rss: (after.rss - before.rss) / count / 1024,
  heap: (after.heap - before.heap) / count / 1024,
});

/** Idle connections, all on one board, in a clean server process. */
async function idleConnections(context: MeasureContext): Promise<Memory> {
  const { options, target } = context;
  // A clean process: rooms left by earlier measures would unload midway and blur the deltas.
  await context.fresh();
  const [board] = await target.boards(context.server(), 1, "idle");
  if (!board) throw new Error("no board");
  const first = await BenchClient.connect(board, target.framing);
  await first.synced();
  const before = await settledMemory(context);
  const clients = await connectMany(options.idleConnections, () =>
    BenchClient.connect(board, target.framing),
  );
  const cost = perItem(before, await settledMemory(context), options.idleConnections);
  for (const client of [first, ...clients]) client.close();
  return cost;
}

/** Boards of 20 KB loaded, each with one connection. */
async function loadedBoards(context: MeasureContext): Promise<Memory> {
  const { options, target } = context;
  const content = editingHistory(BOARD_CONTENT_BYTES, 7);
  const boards = await target.boards(context.server(), options.idleBoards, "loaded");
  const before = await settledMemory(context);
  const holders = await connectMany(
    boards.length,
    async (index) => {
      const client = await BenchClient.connect(boards[index] as BoardRef, target.framing);
      for (const chunk of content.chunks) client.sendUpdate(chunk);
      return client;
    },
    20,
  );
  // Each holder's own resync is answered once its content is in.
  await Promise.all(
    holders.map(async (client) => {
      client.resync(content.stateVector);
      await client.synced();
    }),
  );
  const cost = perItem(before, await settledMemory(context), boards.length);
  for (const client of holders) client.close();
  return cost;
}

/** The soft limit on open files (Linux's /proc/self/limits); undefined where it cannot be read. */
function openFileLimit(): number | undefined {
  try {
    const limits = readFileSync("/proc/self/limits", "utf8");
    const soft = /^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1];
    return soft === "unlimited" ? Number.POSITIVE_INFINITY : soft ? Number(soft) : undefined;
  } catch {
    return undefined;
  }
}

/** Measure 5: memory per idle connection and per loaded board; medians over fresh server processes. */
export async function idle(context: MeasureContext): Promise<void> {
  const { options, sink } = context;
  const measure = "5 Idle cost";
  // The runner and the server (which inherits the limit) each hold one socket per connection, plus their files.
  const needed = options.idleConnections + 200;
  const limit = openFileLimit();
  if (limit !== undefined && limit < needed) {
    const note = `open-file limit ${limit} is below the ${needed} this measure needs (raise it with ulimit -n)`;
    context.log(`idle: ${note}`);
    for (const metric of [
      `per idle connection, RSS (${options.idleConnections} on one board)`,
      "per idle connection, JS heap",
      `per loaded board, RSS (20 KB, 1 connection; ${options.idleBoards} boards)`,
      "per loaded board, JS heap",
    ])
      sink.unavailable(measure, metric, "KiB", note);
    return;
  }
  const connections: Memory[] = [];
  const boards: Memory[] = [];
  for (let repeat = 0; repeat < options.repeats; repeat++) {
    connections.push(await idleConnections(context));
    boards.push(await loadedBoards(context));
  }
  const show = (costs: Memory[]) =>
    costs.map((cost) => `${cost.rss.toFixed(1)}/${cost.heap.toFixed(1)}`).join(", ");
  context.log(`idle KiB (RSS/heap) per connection ${show(connections)}; per board ${show(boards)}`);
  const add = (
    metric: string,
    value: number,
    goal?: ReturnType<typeof atMostHalfOfBestPeer>,
    note?: string,
  ) => sink.add({ measure, metric, unit: "KiB", lowerIsBetter: true, value, goal, note });
  // RSS moves in whole pages and the allocator keeps what it freed: when a run shows no growth at all,
  // the connections' cost is below what this measure resolves, and it is shown but not scored.
  const resolved = connections.every((cost) => cost.rss > 0);
  add(
    `per idle connection, RSS (${options.idleConnections} on one board)`,
    median(connections.map((cost) => cost.rss)),
    resolved ? atMostHalfOfBestPeer() : undefined,
    resolved ? undefined : `below this measure's resolution (runs: ${show(connections)} KiB RSS/heap)`,
  );
  add("per idle connection, JS heap", median(connections.map((cost) => cost.heap)), atMostHalfOfBestPeer());
  add(
    `per loaded board, RSS (20 KB, 1 connection; ${options.idleBoards} boards)`,
    median(boards.map((cost) => cost.rss)),
  );
  add("per loaded board, JS heap", median(boards.map((cost) => cost.heap)));
}
