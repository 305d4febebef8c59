import { atMostHalfOfBestPeer } from "../results";
import { measuredRun, type LoadFigures, type MeasureContext } from "./context";
import { addLoadFigures, describeFailure, describeRun, medianOfRuns } from "./load-figures";

const UPDATES_PER_SECOND = 20;

/** Measure 1: one writer at 20 updates/s, K readers on one board; latency until every reader has it. */
export async function fanout(context: MeasureContext): Promise<void> {
  const { options, target, worker, sink } = context;
  for (const readers of options.fanoutReaders) {
    const [board] = await target.boards(context.server(), 1, "fanout");
    if (!board) throw new Error("no board");
    const runs: LoadFigures[] = [];
    try {
      await worker.connect({
        boards: [board],
        framing: target.framing,
        perBoard: readers + 1,
        firstWrites: true,
        keystrokes: UPDATES_PER_SECOND * options.fanoutSeconds * options.repeats + 50,
      });
      for (let repeat = 0; repeat < options.repeats; repeat++) {
        const run = await measuredRun(context, {
          durationMs: options.fanoutSeconds * 1000,
          updatesPerSecond: UPDATES_PER_SECOND,
          awarenessHz: 0,
          graceMs: 5000,
        });
        context.log(`fan-out K=${readers}: ${describeRun(run)}`);
        runs.push(run);
      }
    } catch (error) {
      context.log(`${String(error)}: this size is n/a; restarting the server`);
      // A server that stalled must not carry its backlog into the next size or measure.
      await context.fresh();
      // A server that stops answering under the load has an unbounded latency, not a missing one.
      const measure = `1 Fan-out, K=${readers} readers`;
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
    addLoadFigures(context, `1 Fan-out, K=${readers} readers`, medianOfRuns(runs), atMostHalfOfBestPeer());
  }
}
