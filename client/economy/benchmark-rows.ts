import {
  editionFigures,
  nationalDenominator,
  type BenchmarkRow,
  type NationalDenominator,
  type NationalFigure,
} from "../../shared/economy/benchmark";
import type { LocalMeasure } from "../../shared/economy/local-measures";
import { coopsToMatch, per1000Businesses, per100k } from "../../shared/economy/normalise";
import type { EconomyView, Measure } from "../../shared/economy/types";

export const DEFAULT_EDITION = "2023";

export interface BenchmarkLine {
  measure: Measure;
  local: LocalMeasure;
  localPer100k: number | null;
  national: NationalFigure | undefined;
  nationalPer100k: number | null;
}

export interface Benchmark {
  lines: BenchmarkLine[];
  population: NationalDenominator | undefined;
  businesses: NationalDenominator | undefined;
  perBusinesses: { local: number | null; national: number | null };
  /** Co-ops needed to match the national rate, per residents and per businesses (null without a denominator). */
  gapPer100k: number | null;
  gapPerBusinesses: number | null;
}

/** The local measures beside one edition's national figures, both normalised by their denominators. */
export function buildBenchmark(
  rows: readonly BenchmarkRow[],
  edition: string,
  economy: EconomyView,
  measures: LocalMeasure[],
): Benchmark {
  const figures = editionFigures(rows, edition);
  const year = figures.get("number")?.referenceYear ?? Number(edition);
  const population = nationalDenominator(rows, "population", year);
  const businesses = nationalDenominator(rows, "businesses", year);
  const localPopulation = economy.population?.value ?? 0;
  const localBusinesses = economy.businesses?.value ?? 0;
  const lines = measures.map((local): BenchmarkLine => {
    const national = figures.get(local.measure);
    return {
      measure: local.measure,
      local,
      localPer100k: per100k(local.total, localPopulation),
      national,
      nationalPer100k: national && population ? per100k(national.value, population.value) : null,
    };
  });
  const count = measures[0]?.total ?? 0;
  const nationalCount = figures.get("number");
  const nationalPer100k = lines[0]?.nationalPer100k ?? null;
  const nationalPerBusinesses =
    nationalCount && businesses ? per1000Businesses(nationalCount.value, businesses.value) : null;
  return {
    lines,
    population,
    businesses,
    perBusinesses: { local: per1000Businesses(count, localBusinesses), national: nationalPerBusinesses },
    gapPer100k:
      nationalPer100k !== null && localPopulation > 0
        ? coopsToMatch(count, localPopulation, nationalPer100k, 100_000)
        : null,
    gapPerBusinesses:
      nationalPerBusinesses !== null && localBusinesses > 0
        ? coopsToMatch(count, localBusinesses, nationalPerBusinesses, 1_000)
        : null,
  };
}
