import { BenchClient } from "../generator/client";
import type { History } from "../generator/history";
import { benchClientId, typingChain } from "../generator/updates";
import { both, atMost, atMostHalfOfBestPeer } from "../results";
import type { ServerStats } from "../servers/monitor";
import { onPort, type BoardRef } from "../servers/targets";
import { median } from "../stats";
import { history, seed, sizeLabel } from "./board-history";
import type { MeasureContext } from "./context";

const JOIN_TIMEOUT_MS = 60_000;
/** A joiner has joined once this share of the history's state has arrived. */
const CONTENT_SHARE = 0.95;

/** Milliseconds from opening the socket until `joiners` clients each hold the history (the slowest). */
async function join(
  context: MeasureContext,
  board: BoardRef,
  content: History,
  joiners: number,
): Promise<number> {
  return Math.max(...(await joinTimes(context, board, content, joiners)));
}

/**
 * Each of `joiners` clients' milliseconds from opening the socket until it holds the history; throws
 * when one was closed before it had it (after JOIN_TIMEOUT_MS at the latest).
 */
async function joinTimes(
  context: MeasureContext,
  board: BoardRef,
  content: History,
  joiners: number,
): Promise<number[]> {
  const started = performance.now();
  return Promise.all(
    Array.from({ length: joiners }, async () => {
      const client = await BenchClient.connect(board, context.target.framing);
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        client.close();
      }, JOIN_TIMEOUT_MS);
      const at = await client.contentReceived(content.completeBytes * CONTENT_SHARE);
      clearTimeout(timer);
      client.close();
      if (at === undefined && timedOut)
        throw new Error(`a joiner did not have the board within ${JOIN_TIMEOUT_MS / 1000} s`);
      if (at === undefined)
        throw new Error(`a joiner was closed (${client.closedWith}) by the server before it had the board`);
      return at - started;
    }),
  );
}

const unfinished = (times: number[]) =>
  times.some((ms) => !Number.isFinite(ms)) ? `a join not done within ${JOIN_TIMEOUT_MS / 1000} s` : undefined;

const AFTER_EDIT = "warm after an edit, 1 joiner";
/** The warm twenty's other rows (warmLoad), with their units: marked unavailable when a join of the size fails. */
const WARM_LOAD_METRICS = [
  ["warm, 20 joiners: median joiner", "ms"],
  ["server CPU over the warm 20-joiner joins", "%"],
  ["server RSS, board loaded", "MiB"],
] as const;
const AFTER_EDIT_STALL = "longest event-loop stall, joins after an edit";
const METRICS = [
  "cold, 1 joiner",
  "cold, 20 joiners",
  "warm, 1 joiner",
  "warm, 20 joiners",
  AFTER_EDIT,
  AFTER_EDIT_STALL,
] as const;

/**
 * Measure 4: connect to synced for boards of several history sizes: warm (loaded, a client on it)
 * and cold (after a restart, from storage), one joiner and twenty at once; and one joiner right
 * after someone typed, as on a board in use (a server that caches the state it sends joiners has
 * none cached then), with the longest event-loop stall those joins caused the server. Each cold figure has a
 * board of its own, so one restart serves both. A size whose join fails is reported as failed,
 * with why, and the next size runs on a fresh server: one failure does not lose the other sizes.
 */
export async function joinMeasure(context: MeasureContext): Promise<void> {
  for (const bytes of context.options.joinSizes) {
    const measure = `4 Join, ${sizeLabel(bytes)} board`;
    const progress: JoinProgress = { added: new Set(), current: undefined, measured: new Map() };
    try {
      await joinSize(context, bytes, measure, progress);
    } catch (error) {
      const note = String(error instanceof Error ? error.message : error).slice(0, 120);
      context.log(`${measure}: ${note}; the rest of this size is not measured, the server restarted`);
      for (const metric of METRICS.filter((name) => !progress.added.has(name))) {
        const times = progress.measured.get(metric) ?? [];
        if (metric !== progress.current && times.length > 0) {
          // Measured before a later join of the size failed: kept, not thrown away.
          context.sink.add({
            measure,
            metric,
            unit: "ms",
            lowerIsBetter: true,
            value: median(times),
            note: `${times.length} run(s); ${progress.current ?? "a later join"} failed after`,
          });
        } else if (metric === progress.current) {
          context.sink.add({
            measure,
            metric,
            unit: "ms",
            lowerIsBetter: true,
            value: Number.POSITIVE_INFINITY,
            note,
          });
        } else {
          context.sink.unavailable(
            measure,
            metric,
            "ms",
            `not measured: ${progress.current ?? "a join"} failed`,
          );
        }
      }
      for (const [metric, unit] of WARM_LOAD_METRICS.filter(([metric]) => !progress.added.has(metric)))
        context.sink.unavailable(
          measure,
          metric,
          unit,
          `not measured: ${progress.current ?? "a join"} failed`,
        );
      await context.fresh();
    }
  }
}

/** Which metrics of a size are in, and which one is being measured. */
interface JoinProgress {
  added: Set<string>;
  current: string | undefined;
  /** Times measured so far for metrics not yet added. */
  measured: Map<string, number[]>;
}

async function joinSize(context: MeasureContext, bytes: number, measure: string, progress: JoinProgress) {
  const { added } = progress;
  const { options, sink } = context;
  const content = history(bytes);
  const largest = bytes >= 16e6;
  // Each repeat of the largest board sends it 40 times over: once is what the time allows.
  const repeats = largest ? 1 : options.repeats;
  const cold: Record<number, number[]> = { 1: [], 20: [] };
  progress.measured.set("cold, 1 joiner", cold[1]!);
  progress.measured.set("cold, 20 joiners", cold[20]!);
  for (let repeat = 0; repeat < repeats; repeat++) {
    const boards = await context.target.boards(context.server(), 2, "join");
    const writers = await Promise.all(boards.map((board) => seed(context, board, content)));
    for (const writer of writers) writer.close();
    await context.restart("graceful");
    const port = context.server().port;
    progress.current = "cold, 1 joiner";
    cold[1]?.push(await join(context, onPort(boards[0] as BoardRef, port), content, 1));
    progress.current = "cold, 20 joiners";
    cold[20]?.push(await join(context, onPort(boards[1] as BoardRef, port), content, 20));
  }
  for (const joiners of [1, 20]) {
    const times = cold[joiners] ?? [];
    const goal = joiners === 1 && largest ? atMost(5000, "ms") : undefined;
    const metric = `cold, ${joiners} joiner${joiners > 1 ? "s" : ""}`;
    sink.add({
      measure,
      metric,
      unit: "ms",
      lowerIsBetter: true,
      value: median(times),
      goal,
      note: unfinished(times),
    });
    added.add(metric);
    context.log(`${measure} ${metric}: ${times.map((ms) => ms.toFixed(0)).join(", ")} ms`);
  }
  // The cold boards would unload (and, on servers that do, compact) 30 s after their joiners left,
  // in the middle of the warm joins: restart first, so the warm figures and stalls are the joins' own.
  await context.restart("graceful");
  const [board] = await context.target.boards(context.server(), 1, "join");
  if (!board) throw new Error("no board");
  const writer = await seed(context, board, content);
  try {
    for (const joiners of [1, 20]) {
      const warm: number[] = [];
      const each: number[] = [];
      // A warm single join of the largest board is cheap and is a target: it keeps its repeats.
      const warmRepeats = joiners === 1 ? options.repeats : repeats;
      progress.current = `warm, ${joiners} joiner${joiners > 1 ? "s" : ""}`;
      const before = joiners === 20 ? await context.server().request("stats") : undefined;
      const startedAt = performance.now();
      for (let repeat = 0; repeat < warmRepeats; repeat++) {
        const times = await joinTimes(context, board, content, joiners);
        warm.push(Math.max(...times));
        each.push(...times);
      }
      const elapsedMs = performance.now() - startedAt;
      const after = before ? await context.server().request("stats") : undefined;
      const goal = joiners === 1 && largest ? both(atMostHalfOfBestPeer(), atMost(2000, "ms")) : undefined;
      const metric = `warm, ${joiners} joiner${joiners > 1 ? "s" : ""}`;
      sink.add({
        measure,
        metric,
        unit: "ms",
        lowerIsBetter: true,
        value: median(warm),
        goal,
        note: unfinished(warm),
      });
      added.add(metric);
      context.log(`${measure} ${metric}: ${warm.map((ms) => ms.toFixed(0)).join(", ")} ms`);
      if (before && after) {
        warmLoad(context, measure, each, { before, after, elapsedMs });
        for (const [name] of WARM_LOAD_METRICS) added.add(name);
      }
    }
    await joinsAfterEdits(context, board, content, writer, measure, progress);
  } finally {
    writer.close();
  }
}

/**
 * The twenty-joiner warm joins' other figures: the median joiner's time (the join time above is the
 * slowest's), the server's CPU over those joins and its RSS with the board loaded and joined.
 */
function warmLoad(
  context: MeasureContext,
  measure: string,
  times: number[],
  { before, after, elapsedMs }: { before: ServerStats; after: ServerStats; elapsedMs: number },
): void {
  const values = [
    median(times),
    ((after.cpuMicros - before.cpuMicros) / 1000 / elapsedMs) * 100,
    after.rssBytes / 2 ** 20,
  ];
  WARM_LOAD_METRICS.forEach(([metric, unit], index) =>
    context.sink.add({ measure, metric, unit, lowerIsBetter: true, value: values[index] as number }),
  );
}

/** One keystroke into the board (stored, where the server stores), then one joiner; the stall over all. */
async function joinsAfterEdits(
  context: MeasureContext,
  board: BoardRef,
  content: History,
  writer: BenchClient,
  measure: string,
  progress: JoinProgress,
): Promise<void> {
  const { options, sink } = context;
  const server = context.server();
  // Update 0 adds an action with a notes paragraph, each later one types a character into it.
  const typing = typingChain(benchClientId(900), options.repeats + 1).updates;
  // A second client on the board sees each keystroke relayed: the server has applied (and, where it
  // does, stored) it before the joiner connects.
  let relayed = 0;
  const watcher = await BenchClient.connect(board, context.target.framing, { onUpdate: () => relayed++ });
  const times: number[] = [];
  try {
    await watcher.synced();
    const type = async (update: Uint8Array) => {
      const before = relayed;
      writer.sendUpdate(update);
      const until = performance.now() + JOIN_TIMEOUT_MS;
      while (relayed === before && performance.now() < until)
        await new Promise((done) => setTimeout(done, 2));
    };
    await type(typing[0] as Uint8Array);
    progress.measured.set(AFTER_EDIT, times);
    progress.current = AFTER_EDIT;
    await server.request("reset-lag");
    for (const update of typing.slice(1)) {
      await type(update);
      times.push(await join(context, board, content, 1));
    }
  } finally {
    watcher.close();
  }
  const stats = await server.request("stats");
  sink.add({
    measure,
    metric: AFTER_EDIT,
    unit: "ms",
    lowerIsBetter: true,
    value: median(times),
    note: unfinished(times),
  });
  sink.add({ measure, metric: AFTER_EDIT_STALL, unit: "ms", lowerIsBetter: true, value: stats.lagMaxMs });
  progress.added.add(AFTER_EDIT).add(AFTER_EDIT_STALL);
  context.log(
    `${measure} ${AFTER_EDIT}: ${times.map((ms) => ms.toFixed(0)).join(", ")} ms; ` +
      `longest stall ${stats.lagMaxMs.toFixed(1)} ms`,
  );
}
