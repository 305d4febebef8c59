import type { TargetName } from "./servers/targets";

/** What a target is judged against, stated in BENCHMARKS.md beside the row. */
export interface Goal {
  label: string;
  /** Whether Coplan's value meets it, given the peers' values (undefined: cannot tell). */
  met(coplan: number, peers: number[]): boolean | undefined;
}

/** One figure of one measure for one server; `value` undefined is "n/a" with `note` saying why. */
export interface Figure {
  measure: string;
  metric: string;
  unit: string;
  lowerIsBetter: boolean;
  target: TargetName;
  value: number | undefined;
  note?: string;
  goal?: Goal;
}

export const atMostHalfOfBestPeer = (lowerIsBetter = true): Goal => ({
  label: lowerIsBetter ? "≤ ½ best peer" : "≥ 2 × best peer",
  met: (coplan, peers) => {
    const known = peers.filter(Number.isFinite);
    if (known.length === 0) return undefined;
    return lowerIsBetter ? coplan <= Math.min(...known) / 2 : coplan >= Math.max(...known) * 2;
  },
});

export const atLeastTimesBestPeer = (factor: number): Goal => ({
  label: `≥ ${factor} × best peer`,
  met: (coplan, peers) => {
    const known = peers.filter(Number.isFinite);
    if (known.length === 0) return undefined;
    // Nothing sustained is no lead, even over peers that sustained nothing either.
    return coplan > 0 && coplan >= Math.max(...known) * factor;
  },
});

export const atMost = (limit: number, unit: string): Goal => ({
  label: `≤ ${limit} ${unit}`,
  met: (coplan) => coplan <= limit,
});

export const atLeast = (limit: number, unit: string): Goal => ({
  label: `≥ ${limit} ${unit}`,
  met: (coplan) => coplan >= limit,
});

export const both = (first: Goal, second: Goal): Goal => ({
  label: `${first.label} and ${second.label}`,
  met: (coplan, peers) => {
    const a = first.met(coplan, peers);
    const b = second.met(coplan, peers);
    if (a === false || b === false) return false;
    return a === undefined || b === undefined ? undefined : true;
  },
});

/** Collects the figures of one target's measures into the run's list. */
export class FigureSink {
  constructor(
    readonly target: TargetName,
    readonly figures: Figure[],
  ) {}

  add(figure: Omit<Figure, "target">): void {
    this.figures.push({ ...figure, target: this.target });
  }

  unavailable(measure: string, metric: string, unit: string, note: string): void {
    this.add({ measure, metric, unit, lowerIsBetter: true, value: undefined, note });
  }
}
