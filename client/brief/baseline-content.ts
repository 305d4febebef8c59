import { OPEN_DATA_ATTRIBUTION } from "../../shared/economy/attribution";
import {
  formatCoopsMore,
  formatMeasureValue,
  formatPerHead,
  formatRate,
  formatWhole,
} from "../../shared/economy/format";
import type { NationalFigure } from "../../shared/economy/benchmark";
import { coverageText, localMeasures } from "../../shared/economy/local-measures";
import { per1000Businesses, per100k } from "../../shared/economy/normalise";
import { MEASURE_LABELS, type EconomyView, type Figure } from "../../shared/economy/types";
import type { RichTextNode } from "../../shared/export/rich-text";
import type { Benchmark, BenchmarkLine } from "../economy/benchmark-rows";

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

const cell = (type: "tableHeader" | "tableCell", value: string): RichTextNode => ({
  type,
  content: [{ type: "paragraph", content: value ? [text(value)] : [] }],
});
const row = (type: "tableHeader" | "tableCell", values: string[]): RichTextNode => ({
  type: "tableRow",
  content: values.map((value) => cell(type, value)),
});

const HEADER = ["Measure", "Here", "Here, per head", "Nationally", "Nationally, per head"];

/** A national figure with its year, edition and anything that qualifies it, as the Economy tab shows it. */
function nationalText(figure: NationalFigure | undefined): string {
  if (!figure) return "not in this edition";
  const facts = [
    figure.metric === "income" ? "income" : "",
    // The year only when the edition reports another one (editions restate earlier years).
    String(figure.referenceYear) === figure.edition ? "" : String(figure.referenceYear),
    `${figure.edition} edition`,
    figure.scope !== "coops" ? "co-ops and mutuals, wider scope" : "",
    figure.status === "uncertain" || figure.status === "derived" ? figure.status : "",
  ].filter(Boolean);
  return `${formatMeasureValue(figure.measure, figure.value)} (${facts.join(", ")})`;
}

function measureRow(line: BenchmarkLine | undefined, measure: ReturnType<typeof localMeasures>[number]) {
  const known = measure.known > 0 || measure.measure === "number";
  const here = known
    ? `${formatMeasureValue(measure.measure, measure.total)} (${coverageText(measure)})`
    : `no figures yet (${coverageText(measure)})`;
  return row("tableCell", [
    MEASURE_LABELS[measure.measure],
    here,
    known && line ? formatPerHead(measure.measure, line.localPer100k) : "—",
    line ? nationalText(line.national) : "not available",
    line ? formatPerHead(measure.measure, line.nationalPer100k) : "—",
  ]);
}

/**
 * The current baseline as rich text the brief's schema allows: a heading, a table of the four measures
 * here and nationally (each with its coverage, edition and status, per head as on the Economy tab),
 * the two rates against the national benchmark with the gap to it, and the open-data attribution.
 * Without `benchmark` (the national figures not loaded) the national columns say so.
 */
export function baselineContent(
  economy: EconomyView,
  benchmark: Benchmark | null,
  edition: string,
): RichTextNode[] {
  const measures = localMeasures(economy.coops);
  const count = measures[0]?.total ?? 0;
  const place = economy.localAuthority || "the area";
  const table: RichTextNode = {
    type: "table",
    content: [
      row("tableHeader", HEADER),
      ...measures.map((measure) =>
        measureRow(
          benchmark?.lines.find((line) => line.measure === measure.measure),
          measure,
        ),
      ),
    ],
  };
  const lines = [
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
    table,
    { type: "bulletList", content: lines },
    { type: "paragraph", content: [text(OPEN_DATA_ATTRIBUTION, [{ type: "italic" }])] },
  ];
}
