import { OPEN_DATA_ATTRIBUTION } from "../../shared/economy/attribution";
import { formatMeasureValue, formatRate, formatWhole } from "../../shared/economy/format";
import { coverageText, localMeasures } from "../../shared/economy/local-measures";
import { per1000Businesses, per100k } from "../../shared/economy/normalise";
import { MEASURE_LABELS, type EconomyView, type Figure } from "../../shared/economy/types";
import type { RichTextNode } from "../../shared/export/rich-text";

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

/**
 * The current baseline as rich text the brief's schema allows: a heading and a list of label–value
 * lines (the editor has no table node, and the server refuses nodes outside its schema).
 */
export function baselineContent(economy: EconomyView): RichTextNode[] {
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
      `${formatRate(per100k(count, economy.population?.value ?? 0))}${source(economy.population)}`,
    ),
    item(
      "Co-ops per 1,000 businesses",
      `${formatRate(per1000Businesses(count, economy.businesses?.value ?? 0), 2)}${source(economy.businesses)}`,
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
