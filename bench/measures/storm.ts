import { atMostHalfOfBestPeer } from "../results";
import { measuredRun, type LoadFigures, type MeasureContext } from "./context";
import { addLoadFigures, describeFailure, describeRun, medianOfRuns } from "./load-figures";
import { median } from "../stats";

/** Keystrokes per second per person: a steady typist, pauses included. */
const KEYSTROKES_PER_SECOND = 2;
const CURSOR_HZ = 10;

/** Measure 2: N people on one board, each typing into an action's notes and moving a caret at 10 Hz. */
export async function storm(context: MeasureContext): Promise<void> {
  const { options, target, worker, sink } = context;
  for (const clients of options.stormClients) {
    const [board] = await target.boards(context.server(), 1, "storm");
    if (!board) throw new Error("no board");
    const runs: LoadFigures[] = [];
    try {
      await worker.connect({
        boards: [board],
        framing: target.framing,
        perBoard: clients,
        firstWrites: false,
        keystrokes: KEYSTROKES_PER_SECOND * options.stormSeconds * options.repeats + 20,
      });
      for (let repeat = 0; repeat < options.repeats; repeat++) {
        const run = await measuredRun(context, {
          durationMs: options.stormSeconds * 1000,
          updatesPerSecond: KEYSTROKES_PER_SECOND * clients,
          awarenessHz: CURSOR_HZ,
          graceMs: 5000,
        });
        context.log(`storm N=${clients}: ${describeRun(run)}`);
        runs.push(run);
      }
    } catch (error) {
      context.log(`${String(error)}: this size is n/a; restarting the server`);
      // A server that stalled must not carry its backlog into the next size or measure.
      await context.fresh();
      // A server that stops answering under the load has an unbounded latency, not a missing one.
      const measure = `2 Storm, N=${clients}`;
      const note = describeFailure(error);
      sink.add({
        measure,
        metric: "p99",
        unit: "ms",
        lowerIsBetter: true,
        value: Number.POSITIVE_INFINITY,
        note,
        goal: atMostHalfOfBestPeer(),
      });
      continue;
    } finally {
      await worker.close();
    }
    const measure = `2 Storm, N=${clients}`;
    addLoadFigures(context, measure, medianOfRuns(runs), atMostHalfOfBestPeer());
    const lag = median(runs.map((run) => run.lagP99Ms));
    sink.add({ measure, metric: "event-loop lag p99", unit: "ms", lowerIsBetter: true, value: lag });
    const frames = median(runs.map((run) => run.framesPerSecond));
    sink.add({ measure, metric: "frames received", unit: "/s", lowerIsBetter: false, value: frames });
  }
}
