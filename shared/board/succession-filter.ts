import type { BusinessView, OwnershipRoute, SuccessionView } from "./succession-types";

/** Empty lists match everything. */
export interface BusinessFilter {
  routes: OwnershipRoute[];
  sectors: string[];
  advisers: string[];
}

export const NO_FILTER: BusinessFilter = { routes: [], sectors: [], advisers: [] };

export function isFiltering(filter: BusinessFilter): boolean {
  return filter.routes.length + filter.sectors.length + filter.advisers.length > 0;
}

export function matchesFilter(business: BusinessView, filter: BusinessFilter): boolean {
  const matches = (chosen: readonly string[], value: string) => chosen.length === 0 || chosen.includes(value);
  return (
    matches(filter.routes, business.route) &&
    matches(filter.sectors, business.sector.trim()) &&
    matches(filter.advisers, business.adviser.trim())
  );
}

/** The same view with only the matching businesses (the summary then counts what is shown). */
export function filterSuccession(view: SuccessionView, filter: BusinessFilter): SuccessionView {
  if (!isFiltering(filter)) return view;
  const byStage = new Map(
    [...view.byStage].map(([stageId, list]) => [stageId, list.filter((b) => matchesFilter(b, filter))]),
  );
  const businessCount = [...byStage.values()].reduce((sum, list) => sum + list.length, 0);
  return { ...view, byStage, businessCount };
}

/** The distinct, non-empty values of a text field across the pipeline, sorted, for the filter choices. */
export function distinctValues(view: SuccessionView, field: "sector" | "adviser"): string[] {
  const values = new Set<string>();
  for (const list of view.byStage.values())
    for (const b of list) if (b[field].trim()) values.add(b[field].trim());
  return [...values].sort((a, b) => a.localeCompare(b, "en-GB"));
}
