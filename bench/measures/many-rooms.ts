import { atLeastTimesBestPeer } from "../results";
import { GENERATOR_SATURATED, measuredRun, type LoadFigures, type MeasureContext } from "./context";
import { addGeneratorFigures, describeRun } from "./load-figures";

const CLIENTS_PER_BOARD = 3;
const P99_LIMIT_MS = 50;

/** A step holds when its p99 is within the limit, nothing was lost and the rate was really sent. */
function holds(run: LoadFigures, rate: number): boolean {
  return run.p99Ms <= P99_LIMIT_MS && run.deliveredRatio === 1 && run.sentPerSecond >= rate * 0.95;
}

/**
 * Measure 3: many boards with three clients each, updates spread over all of them; the rate rises
 * step by step and the figure is the highest rate whose p99 stays within 50 ms.
 */
export async function manyRooms(context: MeasureContext): Promise<void> {
  const { options, target, worker, sink } = context;
  // A clean process: nothing left over from the storm.
  await context.fresh();
  const boards = await target.boards(context.server(), options.roomBoards, "rooms");
  const writers = boards.length * CLIENTS_PER_BOARD;
  const totalUpdates = options.roomRates.reduce((sum, rate) => sum + rate * options.roomStepSeconds, 0);
  let sustained = 0;
  let lastHeld: LoadFigures | undefined;
  let firstFailed: LoadFigures | undefined;
  /** The rate at which the generator, not the server, became the limit: the climb stops there. */
  let saturatedAt: number | undefined;
  try {
    await worker.connect({
      boards,
      framing: target.framing,
      perBoard: CLIENTS_PER_BOARD,
      firstWrites: false,
      // Twice the plan: a step that is tried again sends its updates again.
      keystrokes: Math.ceil((2 * totalUpdates) / writers) + 10,
    });
    for (const rate of options.roomRates) {
      const step = {
        durationMs: options.roomStepSeconds * 1000,
        updatesPerSecond: rate,
        awarenessHz: 0,
        graceMs: 3000,
      };
      let run = await measuredRun(context, step);
      context.log(`rooms ${boards.length}×${CLIENTS_PER_BOARD} at ${rate}/s: ${describeRun(run)}`);
      if (!holds(run, rate) && options.retryStep) {
        // One stall on a shared machine should not end the climb: a step gets a second try.
        run = await measuredRun(context, step);
        context.log(`rooms ${boards.length}×${CLIENTS_PER_BOARD} at ${rate}/s, again: ${describeRun(run)}`);
      }
      if (!holds(run, rate) && run.generatorUtilisation >= GENERATOR_SATURATED) {
        // A miss the generator caused is not the server's: the figure is a lower bound.
        saturatedAt = rate;
        break;
      }
      if (!holds(run, rate)) {
        firstFailed = run;
        break;
      }
      sustained = rate;
      lastHeld = run;
    }
  } finally {
    await worker.close();
  }
  const measure = `3 Many rooms, ${boards.length} boards × ${CLIENTS_PER_BOARD}`;
  const lowest = options.roomRates[0] ?? 0;
  const topped =
    saturatedAt !== undefined
      ? `a bound: the generator saturated at ${saturatedAt}/s`
      : firstFailed === undefined
        ? "held at the highest step tried"
        : sustained === 0
          ? `missed even ${lowest}/s (p99 ${firstFailed.p99Ms.toFixed(0)} ms)`
          : undefined;
  sink.add({
    measure,
    metric: "sustained updates",
    unit: "/s",
    lowerIsBetter: false,
    value: sustained,
    note: topped,
    goal: atLeastTimesBestPeer(1.5),
  });
  if (lastHeld) {
    const atRate = (metric: string, unit: string, value: number, lowerIsBetter = true) =>
      sink.add({ measure, metric, unit, lowerIsBetter, value });
    atRate("p50 at that rate", "ms", lastHeld.p50Ms);
    atRate("p99 at that rate", "ms", lastHeld.p99Ms);
    atRate("delivered at that rate", "%", lastHeld.deliveredRatio * 100, false);
    atRate("server CPU at that rate", "%", lastHeld.serverCpuPercent);
    atRate("server RSS", "MiB", lastHeld.serverRssMiB);
    addGeneratorFigures(context, measure, lastHeld);
  }
}
