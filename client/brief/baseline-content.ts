import { OPEN_DATA_ATTRIBUTION } from "../../shared/economy/attribution";
import { formatCoopsMore, formatMeasureValue, formatRate, formatWhole } from "../../shared/economy/format";
import { coverageText, localMeasures } from "../../shared/economy/local-measures";
import { per1000Businesses, per100k } from "../../shared/economy/normalise";
import { MEASURE_LABELS, type EconomyView, type Figure } from "../../shared/economy/types";
import type { RichTextNode } from "../../shared/export/rich-text";
import type { Benchmark } from "../economy/benchmark-rows";

const text = (value: string, marks?: RichTextNode["marks"]): RichTextNode => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const item = (label: string, value: string): RichTextNode => ({
  type: "listItem",
  content: [{ type: "paragraph", content: [text(`${label}: `, [{ type: "bold" }]), text(value)] }],
});
const source = (figure: Figure | null) =>
  figure
    ? ` (${formatWhole(figure.value)}, ${figure.year}${figure.source ? `, ${figure.source}` : ""})`
    : " (not entered)";

/** How the local rate compares, in the Economy tab's own words. */
function comparison(
  nationalRate: number | null,
  gap: number | null,
  edition: string,
  decimals: 1 | 2,
  missing: string,
): string {
  if (nationalRate === null) return "; the national figure is not available";
  const national = `; ${formatRate(nationalRate, decimals)} nationally (${edition} edition)`;
  if (gap === null) return `${national}; enter the ${missing} to compare`;
  return gap > 0
    ? `${national}: ${formatCoopsMore(gap)} to match the national rate`
    : `${national}: at or above the national rate`;
}

/**
 * The current baseline as rich text the brief's schema allows: a heading and a list of label–value
 * lines, the two rates each against the national benchmark with the gap to it. (A list, not a table:
 * the editor has no table node, and the server refuses nodes outside its schema.) Without
 * `benchmark` (the national figures not loaded) the rates say the national figure is not available.
 */
export function baselineContent(
  economy: EconomyView,
  benchmark: Benchmark | null,
  edition: string,
): RichTextNode[] {
  const measures = localMeasures(economy.coops);
  const count = measures[0]?.total ?? 0;
  const place = economy.localAuthority || "the area";
  const lines = [
    ...measures.map((measure) =>
      item(
        MEASURE_LABELS[measure.measure],
        measure.known === 0 && measure.measure !== "number"
          ? `no figures yet (${coverageText(measure)})`
          : `${formatMeasureValue(measure.measure, measure.total)} (${coverageText(measure)})`,
      ),
    ),
    item(
      "Co-ops per 100,000 residents",
      `${formatRate(per100k(count, economy.population?.value ?? 0))} here${source(economy.population)}` +
        comparison(
          benchmark?.lines[0]?.nationalPer100k ?? null,
          benchmark?.gapPer100k ?? null,
          edition,
          1,
          "population",
        ),
    ),
    item(
      "Co-ops per 1,000 businesses",
      `${formatRate(per1000Businesses(count, economy.businesses?.value ?? 0), 2)} here${source(economy.businesses)}` +
        comparison(
          benchmark?.perBusinesses.national ?? null,
          benchmark?.gapPerBusinesses ?? null,
          edition,
          2,
          "business count",
        ),
    ),
  ];
  return [
    {
      type: "heading",
      attrs: { level: 3 },
      content: [text(`Baseline: the co-operative economy of ${place}`)],
    },
    { type: "bulletList", content: lines },
    { type: "paragraph", content: [text(OPEN_DATA_ATTRIBUTION, [{ type: "italic" }])] },
  ];
}
