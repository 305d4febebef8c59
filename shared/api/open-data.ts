import { z } from "zod";
import type { BenchmarkRow } from "../economy/benchmark";
import type { LocalAuthoritySummary, OpenDataCoop } from "../economy/open-data";

/** `:name` in `/api/open-data/local-authorities/:name/coops` (decoded by the router). */
export const localAuthorityParams = z.object({
  name: z.string().trim().min(1, "is empty").max(120, "is longer than 120 characters"),
});

export interface LocalAuthoritiesResponse {
  attribution: string;
  localAuthorities: LocalAuthoritySummary[];
}

export interface LocalAuthorityCoopsResponse {
  attribution: string;
  localAuthority: string;
  coops: OpenDataCoop[];
}

/** The national side of the benchmark: report figures, denominators and the open data's sector mix. */
export interface NationalDataResponse {
  attribution: string;
  benchmarks: BenchmarkRow[];
  /** Co-operatives per sector across the whole open data. */
  sectors: Record<string, number>;
}
