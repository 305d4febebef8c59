import { median } from "../stats";
import type { Goal } from "../results";
import { GENERATOR_SATURATED, type LoadFigures, type MeasureContext } from "./context";

/**
 * Medians over the runs the generator did not saturate; if every run saturated it, the medians of
 * all of them, flagged, so the figure is still shown but not mistaken for the server's.
 */
export function medianOfRuns(runs: LoadFigures[]): { figures: LoadFigures; note?: string } {
  const clean = runs.filter((run) => run.generatorUtilisation < GENERATOR_SATURATED);
  const used = clean.length > 0 ? clean : runs;
  const pick = (key: keyof LoadFigures) => median(used.map((run) => run[key]));
  const figures = Object.fromEntries(
    (Object.keys(used[0] as LoadFigures) as (keyof LoadFigures)[]).map((key) => [key, pick(key)]),
  ) as unknown as LoadFigures;
  // The worst delivery of any run, not the median: a lost update in one run is a loss.
  figures.deliveredRatio = Math.min(...used.map((run) => run.deliveredRatio));
  const discarded = runs.length - clean.length;
  if (clean.length === 0) return { figures, note: "generator saturated in every run (figure is a bound)" };
  return { figures, note: discarded > 0 ? `${discarded} run(s) discarded: generator saturated` : undefined };
}

/** The figures every load measure reports, under one measure label. */
export function addLoadFigures(
  context: MeasureContext,
  measure: string,
  { figures, note }: { figures: LoadFigures; note?: string },
  latencyGoal?: Goal,
): void {
  const { sink } = context;
  sink.add({ measure, metric: "p50", unit: "ms", lowerIsBetter: true, value: figures.p50Ms, note });
  sink.add({
    measure,
    metric: "p99",
    unit: "ms",
    lowerIsBetter: true,
    value: figures.p99Ms,
    goal: latencyGoal,
  });
  sink.add({
    measure,
    metric: "delivered",
    unit: "%",
    lowerIsBetter: false,
    value: figures.deliveredRatio * 100,
    goal: latencyGoal ? { label: "100 %", met: (coplan) => coplan >= 100 } : undefined,
  });
  sink.add({
    measure,
    metric: "server CPU",
    unit: "%",
    lowerIsBetter: true,
    value: figures.serverCpuPercent,
  });
  sink.add({ measure, metric: "server RSS", unit: "MiB", lowerIsBetter: true, value: figures.serverRssMiB });
  addGeneratorFigures(context, measure, figures);
}

/**
 * The generator's own load: how busy its thread's event loop was (runs at 90 % or more are discarded:
 * the figure would be the generator's) and the CPU time that thread used, both over the run.
 */
export function addGeneratorFigures(context: MeasureContext, measure: string, figures: LoadFigures): void {
  const { sink } = context;
  sink.add({
    measure,
    metric: "generator busy",
    unit: "%",
    lowerIsBetter: true,
    value: figures.generatorUtilisation * 100,
  });
  if (Number.isNaN(figures.generatorCpu)) return;
  sink.add({
    measure,
    metric: "generator CPU",
    unit: "%",
    lowerIsBetter: true,
    value: figures.generatorCpu * 100,
  });
}

export function describeRun(figures: LoadFigures): string {
  return (
    `p50 ${figures.p50Ms.toFixed(1)} ms, p99 ${figures.p99Ms.toFixed(1)} ms, delivered ` +
    `${(figures.deliveredRatio * 100).toFixed(2)} %, sent ${figures.sentPerSecond.toFixed(0)}/s, frames ` +
    `${figures.framesPerSecond.toFixed(0)}/s, server CPU ${figures.serverCpuPercent.toFixed(0)} %, lag p99 ` +
    `${figures.lagP99Ms.toFixed(1)} ms, generator busy ${(figures.generatorUtilisation * 100).toFixed(0)} % ` +
    `(CPU ${Number.isNaN(figures.generatorCpu) ? "n/a" : `${(figures.generatorCpu * 100).toFixed(0)} %`})`
  );
}

/** A failed load run, as a note: a server that stops answering has stalled under the load. */
export function describeFailure(error: unknown): string {
  const text = String(error);
  if (text.includes("answer from the server")) return "server stalled: no answer for 30 s";
  return `failed: ${text.slice(0, 80)}`;
}
