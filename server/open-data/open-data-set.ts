import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";
import { parseBenchmarks, type BenchmarkRow } from "../../shared/economy/benchmark";
import type { LocalAuthoritySummary, OpenDataCoop } from "../../shared/economy/open-data";
import { countBySector } from "../../shared/economy/location-quotients";

// From the working directory (the repo root under npm start and the tests), like CLIENT_DIR: the
// integration tests run a bundled copy of the server whose import.meta.url is elsewhere.
export const OPEN_DATA_DIR = pathToFileURL(`${resolve("data/open-data")}/`);
export const COOPS_FILE = "coops-uk-open-data-2023-03-02.csv";
export const BENCHMARKS_FILE = "national-benchmarks.csv";

/** The shipped open data, indexed by local authority (the CSV's `Region`). */
export interface OpenDataSet {
  localAuthorities: LocalAuthoritySummary[];
  /** Keyed by the local authority's name in lower case. */
  coopsByAuthority: Map<string, { name: string; coops: OpenDataCoop[] }>;
  benchmarks: BenchmarkRow[];
  sectors: Record<string, number>;
}

export function parseOpenDataCoops(csv: string): { region: string; coop: OpenDataCoop }[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => ({
    region: (row.Region ?? "").trim(),
    coop: {
      id: (row.Identifier ?? "").trim(),
      name: (row.Name ?? "").trim(),
      sector: (row.Sector ?? "").trim(),
      legalForm: (row["Legal Form"] ?? "").trim(),
      ownershipType: (row["Ownership Classification"] ?? "").trim(),
      sicCode: (row["SIC Code"] ?? "").trim(),
      postcode: (row.Postcode ?? "").trim(),
    },
  }));
}

export function buildOpenDataSet(coopsCsv: string, benchmarksCsv: string): OpenDataSet {
  const all = parseOpenDataCoops(coopsCsv).filter((row) => row.coop.id);
  const rows = all.filter((row) => row.region);
  const coopsByAuthority = new Map<string, { name: string; coops: OpenDataCoop[] }>();
  for (const { region, coop } of rows) {
    const key = region.toLowerCase();
    const entry = coopsByAuthority.get(key) ?? { name: region, coops: [] };
    entry.coops.push(coop);
    coopsByAuthority.set(key, entry);
  }
  const localAuthorities = [...coopsByAuthority.values()]
    .map(({ name, coops }) => ({ name, coops: coops.length }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const sectors = Object.fromEntries(countBySector(all.map((row) => row.coop.sector)));
  return { localAuthorities, coopsByAuthority, benchmarks: parseBenchmarks(benchmarksCsv), sectors };
}

let loaded: OpenDataSet | undefined;

/** Read and index the files once per process (about 3 MB; a few tens of milliseconds). */
export function openDataSet(): OpenDataSet {
  loaded ??= buildOpenDataSet(
    readFileSync(new URL(COOPS_FILE, OPEN_DATA_DIR), "utf8"),
    readFileSync(new URL(BENCHMARKS_FILE, OPEN_DATA_DIR), "utf8"),
  );
  return loaded;
}
