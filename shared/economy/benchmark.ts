import Papa from "papaparse";
import type { Measure } from "./types";

export const BENCHMARK_STATUSES = ["verified_primary", "verified_secondary", "derived", "uncertain"] as const;
export type BenchmarkStatus = (typeof BENCHMARK_STATUSES)[number];

export const BENCHMARK_STATUS_LABELS: Record<BenchmarkStatus, string> = {
  verified_primary: "Verified (primary source)",
  verified_secondary: "Verified (secondary source)",
  derived: "Derived",
  uncertain: "Uncertain",
};

/** One row of `data/open-data/national-benchmarks.csv`. */
export interface BenchmarkRow {
  edition: string;
  referenceYear: number;
  scope: string;
  metric: string;
  value: number | null;
  unit: string;
  status: BenchmarkStatus;
  source: string;
  notes: string;
}

const UNIT_FACTORS: Record<string, number> = { GBP_bn: 1e9, GBP_m: 1e6, million: 1e6, count: 1, GBP: 1 };

/** The value in plain units: pounds, people, co-operatives. */
export function plainValue(row: Pick<BenchmarkRow, "value" | "unit">): number | null {
  const factor = UNIT_FACTORS[row.unit];
  return row.value === null || factor === undefined ? null : row.value * factor;
}

export function parseBenchmarks(csv: string): BenchmarkRow[] {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => ({
    edition: row.report_edition ?? "",
    referenceYear: Number(row.reference_year),
    scope: row.scope ?? "",
    metric: row.metric ?? "",
    value: row.value ? Number(row.value) : null,
    unit: row.unit ?? "",
    status: (BENCHMARK_STATUSES as readonly string[]).includes(row.status ?? "")
      ? (row.status as BenchmarkStatus)
      : "uncertain",
    source: row.source ?? "",
    notes: row.notes ?? "",
  }));
}

/** Report editions (years) that give at least one of the four measures, newest first. */
export function benchmarkEditions(rows: readonly BenchmarkRow[]): string[] {
  const editions = new Set(
    rows.filter((row) => /^\d{4}$/.test(row.edition) && metricMeasure(row.metric)).map((row) => row.edition),
  );
  return [...editions].sort((a, b) => b.localeCompare(a));
}

function metricMeasure(metric: string): Measure | undefined {
  if (metric === "income") return "turnover";
  return (["number", "turnover", "employees", "members"] as const).find((measure) => measure === metric);
}

export interface NationalFigure {
  measure: Measure;
  /** In plain units (pounds, people, co-operatives). */
  value: number;
  referenceYear: number;
  edition: string;
  status: BenchmarkStatus;
  /** "coops", or "coops_and_mutuals" when the edition gives only the wider scope. */
  scope: string;
  /** "income" when the edition reports income rather than turnover. */
  metric: string;
  source: string;
  notes: string;
}

/**
 * One edition's national figure for each measure: the co-operatives scope when the edition has it,
 * else the wider co-ops-and-mutuals one (labelled so), the latest reference year first.
 */
export function editionFigures(rows: readonly BenchmarkRow[], edition: string): Map<Measure, NationalFigure> {
  const figures = new Map<Measure, NationalFigure>();
  const candidates = rows
    .filter((row) => row.edition === edition && row.value !== null)
    .sort((a, b) => scopeRank(a.scope) - scopeRank(b.scope) || b.referenceYear - a.referenceYear);
  for (const row of candidates) {
    const measure = metricMeasure(row.metric);
    const value = plainValue(row);
    if (!measure || value === null || figures.has(measure)) continue;
    const { referenceYear, status, scope, metric, source, notes } = row;
    figures.set(measure, { measure, value, referenceYear, edition, status, scope, metric, source, notes });
  }
  return figures;
}

const scopeRank = (scope: string) => (scope === "coops" ? 0 : 1);

export interface NationalDenominator {
  value: number;
  year: number;
  status: BenchmarkStatus;
  source: string;
  label: string;
}

/** The UK denominator (population or private businesses) whose year is nearest to `year`. */
export function nationalDenominator(
  rows: readonly BenchmarkRow[],
  kind: "population" | "businesses",
  year: number,
): NationalDenominator | undefined {
  const metric = kind === "population" ? "population" : "private_businesses";
  const row = rows
    .filter(
      (candidate) => candidate.scope === "uk" && candidate.metric === metric && candidate.value !== null,
    )
    .sort(
      (a, b) =>
        Math.abs(a.referenceYear - year) - Math.abs(b.referenceYear - year) ||
        b.referenceYear - a.referenceYear,
    )[0];
  const value = row ? plainValue(row) : null;
  if (!row || value === null) return undefined;
  const label =
    kind === "population"
      ? `UK population ${row.referenceYear} (ONS)`
      : `UK private businesses ${row.referenceYear} (DBT)`;
  return { value, year: row.referenceYear, status: row.status, source: row.source, label };
}
