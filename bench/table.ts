import type { Figure } from "./results";
import type { TargetName } from "./servers/targets";

const TARGET_ORDER: TargetName[] = ["Coplan", "Hocuspocus", "y-websocket"];

export interface Row {
  measure: string;
  metric: string;
  unit: string;
  values: Map<TargetName, Figure>;
  /** Coplan's value over the best peer's (by this metric's direction). */
  ratio?: number;
  goal?: string;
  met?: boolean;
}

function format(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return "∞";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit === "%" ? " %" : ""}`;
}

/** One row per (measure, metric), with each server's value, the ratio to the best peer and the goal. */
export function buildRows(figures: Figure[]): Row[] {
  const rows = new Map<string, Row>();
  for (const figure of figures) {
    const key = `${figure.measure}\u0000${figure.metric}`;
    let row = rows.get(key);
    if (!row) {
      row = { measure: figure.measure, metric: figure.metric, unit: figure.unit, values: new Map() };
      rows.set(key, row);
    }
    row.values.set(figure.target, figure);
  }
  for (const row of rows.values()) {
    const coplan = row.values.get("Coplan");
    const peers = TARGET_ORDER.slice(1)
      .map((name) => row.values.get(name)?.value)
      .filter((value): value is number => value !== undefined && Number.isFinite(value));
    if (coplan?.value === undefined || Number.isNaN(coplan.value)) continue;
    const finite = Number.isFinite(coplan.value);
    if (peers.length > 0 && finite) {
      const best = coplan.lowerIsBetter ? Math.min(...peers) : Math.max(...peers);
      if (best !== 0) row.ratio = coplan.value / best;
    }
    if (coplan.goal) {
      row.goal = coplan.goal.label;
      // A peer that stalled (∞) leaves the best of the others, or none: Coplan's finite figure leads it.
      const stalledPeers = TARGET_ORDER.slice(1).some(
        (name) => row.values.get(name)?.value === Number.POSITIVE_INFINITY,
      );
      row.met = !finite
        ? false
        : (coplan.goal.met(coplan.value, peers) ?? (stalledPeers ? coplan.lowerIsBetter : undefined));
    }
  }
  return [...rows.values()];
}

function cell(row: Row, target: TargetName): string {
  const figure = row.values.get(target);
  const value = format(figure?.value, row.unit);
  return figure?.note ? `${value} (${figure.note})` : value;
}

const verdict = (met: boolean | undefined) => (met === undefined ? "?" : met ? "met" : "missed");

/** The table as Markdown, for BENCHMARKS.md and the terminal alike. */
export function markdownTable(rows: Row[]): string {
  const lines = [
    `| measure | metric | ${TARGET_ORDER.join(" | ")} | Coplan ÷ best peer | target |`,
    `| --- | --- | ${TARGET_ORDER.map(() => "---:").join(" | ")} | ---: | --- |`,
  ];
  for (const row of rows) {
    const ratio = row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}×`;
    const goal = row.goal ? `${row.goal}: ${verdict(row.met)}` : "";
    const values = TARGET_ORDER.map((target) => cell(row, target));
    lines.push(
      `| ${row.measure} | ${row.metric} (${row.unit}) | ${values.join(" | ")} | ${ratio} | ${goal} |`,
    );
  }
  return lines.join("\n");
}
