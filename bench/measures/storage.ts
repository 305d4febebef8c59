import * as Y from "yjs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { BenchClient, connectMany } from "../generator/client";
import { delay } from "../generator/pace";
import { benchClientId, movesChain, typingChain, type UpdateChain } from "../generator/updates";
import { LARGE_BOARD_KEYSTROKES } from "../options";
import { atMost } from "../results";
import type { BoardRef } from "../servers/targets";
import { history, seed, sizeLabel } from "./board-history";
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

/**
 * The live state's size: the largest full step 2, asked for by every writer (each must hold
 * everything), encoded the one way Yjs encodes a document. A server's own step 2 may be the stored
 * updates merged rather than an encoded document (Coplan's large boards' joiners, S32), which keeps
 * deleted content a document would have collected: its size is what that server sends, not the
 * board's, so it is not what stored bytes are compared with.
 */
async function liveState(clients: BenchClient[]): Promise<number> {
  let largest: Uint8Array | undefined;
  for (const client of clients) {
    client.resync();
    await client.synced();
    if (client.state && client.state.byteLength > (largest?.byteLength ?? 0)) largest = client.state;
  }
  for (const client of clients) client.close();
  if (!largest) return 0;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, largest);
  const stateBytes = Y.encodeStateAsUpdate(doc).byteLength;
  doc.destroy();
  return stateBytes;
}

/** One trace: the writers' chains (each one's update 0 is setup) and what is set up on the board before. */
interface Trace {
  name: string;
  chains: () => UpdateChain[];
  /** The stall's metric: it says what the load was where the trace's name does not. */
  stallMetric: string;
  ratioGoal?: number;
  /** Setup on the new board before the writers connect (not timed); clients to close at the end. */
  prepare?: (board: BoardRef) => Promise<BenchClient[]>;
}

/** The large board's typist: a client id of its own, apart from the writers' (0-9, 100-109). */
const LARGE_BOARD_TYPIST = benchClientId(200);

/**
 * Measure 7: bytes on disk after many card moves and after a long typing trace, against the live
 * state; the longest event-loop stall while they were stored (compactions included). Each writer's
 * first update (its cards, or its action) is setup, stored before the load and its clock start. A
 * third trace types into a large board (an editing history, as measure 4's, sent as setup): one
 * writer, one keystroke per update, enough that every server stores the whole board while it types
 * (Coplan compacts its log at least once).
 */
export async function storage(context: MeasureContext): Promise<void> {
  const { options } = context;
  const traces: Trace[] = [
    {
      name: `${options.storageMoves.toLocaleString("en-GB")} card moves`,
      chains: () =>
        Array.from({ length: WRITERS }, (_, writer) =>
          movesChain(
            benchClientId(writer),
            CARDS_PER_WRITER,
            options.storageMoves / WRITERS,
            EDITS_PER_UPDATE,
          ),
        ),
      stallMetric: "longest event-loop stall",
      ratioGoal: 2,
    },
    {
      name: `${options.storageKeystrokes.toLocaleString("en-GB")} keystrokes`,
      chains: () =>
        Array.from({ length: WRITERS }, (_, writer) =>
          typingChain(benchClientId(100 + writer), options.storageKeystrokes / WRITERS, EDITS_PER_UPDATE),
        ),
      stallMetric: "longest event-loop stall",
    },
  ];
  const largeBytes = options.storageLargeBoardBytes;
  const keystrokes = options.storageLargeBoardKeystrokes;
  if (largeBytes > 0) {
    traces.push({
      name: `${sizeLabel(largeBytes)} board`,
      chains: () => [typingChain(LARGE_BOARD_TYPIST, keystrokes)],
      stallMetric: `longest event-loop stall (${keystrokes.toLocaleString("en-GB")} keystrokes, ${
        keystrokes >= LARGE_BOARD_KEYSTROKES ? "compaction included" : "too few to compact"
      })`,
      // The seeder stays on the board, as a second person would: it is not unloaded before the typist joins.
      prepare: async (board) => [await seed(context, board, history(largeBytes))],
    });
  }
  for (const trace of traces) await storageTrace(context, trace);
}

async function storageTrace(context: MeasureContext, trace: Trace): Promise<void> {
  const { target, sink } = context;
  await context.fresh();
  const dataDir = context.dataDir();
  const measure = `7 Storage, ${trace.name}`;
  const [created] = await target.boards(context.server(), 1, "storage");
  if (!created) throw new Error("no board");
  const server = context.server();
  const board = created;
  const chains = trace.chains();
  const others = (await trace.prepare?.(board)) ?? [];
  // The stall is read over the load alone: creating the cards is setup, and on a fresh process it
  // is also where the JIT is cold (applying and merging the first ten updates takes ~40 ms here).
  const clients = await stream(context, board, chains, () => server.request("reset-lag"));
  // Read before the writers ask for the whole state: encoding it for them is a join's cost (measure 4),
  // not storing's.
  const stats = await server.request("stats");
  for (const other of others) other.close();
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
    goal: trace.ratioGoal ? atMost(trace.ratioGoal, "×") : undefined,
  });
  sink.add({
    measure,
    metric: trace.stallMetric,
    unit: "ms",
    lowerIsBetter: true,
    value: stats.lagMaxMs,
    goal: atMost(50, "ms"),
  });
}
