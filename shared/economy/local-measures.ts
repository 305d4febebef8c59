import { COOP_FIGURES, type CoopFigure, type CoopView, type Measure } from "./types";

export interface LocalMeasure {
  measure: Measure;
  /** The sum of the known figures (for "number", the count of active co-operatives). */
  total: number;
  /** How many active co-operatives have a figure for it. */
  known: number;
  /** How many active co-operatives there are. */
  of: number;
}

/** The four measures over the active co-operatives, each with its coverage. */
export function localMeasures(coops: readonly CoopView[]): LocalMeasure[] {
  const active = coops.filter((coop) => coop.status === "active");
  const count: LocalMeasure = {
    measure: "number",
    total: active.length,
    known: active.length,
    of: active.length,
  };
  return [count, ...COOP_FIGURES.map((figure) => figureMeasure(active, figure))];
}

function figureMeasure(active: readonly CoopView[], figure: CoopFigure): LocalMeasure {
  const values = active.flatMap((coop) => (coop[figure] ? [coop[figure].value] : []));
  return {
    measure: figure,
    total: values.reduce((total, value) => total + value, 0),
    known: values.length,
    of: active.length,
  };
}

/** "turnover known for 5 of 23 co-ops" */
export function coverageText(measure: LocalMeasure): string {
  if (measure.measure === "number") return `${measure.of} active co-ops`;
  const name =
    measure.measure === "turnover" ? "turnover" : measure.measure === "employees" ? "employees" : "members";
  return `${name} known for ${measure.known} of ${measure.of} co-ops`;
}

export function isPartial(measure: LocalMeasure): boolean {
  return measure.known < measure.of;
}
