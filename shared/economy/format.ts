import type { Figure, Measure } from "./types";

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2, minimumFractionDigits: 2 });

export const formatWhole = (value: number) => whole.format(value);

/** A rate such as co-ops per 100,000 residents: one decimal, or two below 10 per 1,000 businesses. */
export const formatRate = (value: number | null, decimals: 1 | 2 = 1) =>
  value === null ? "—" : (decimals === 1 ? oneDecimal : twoDecimals).format(value);

/** £18.6m, £40.9bn, £120,000. */
export function formatMoney(value: number): string {
  if (value >= 1e9) return `£${oneDecimal.format(value / 1e9)}bn`;
  if (value >= 1e6) return `£${oneDecimal.format(value / 1e6)}m`;
  return `£${whole.format(value)}`;
}

/** Pounds per resident: whole pounds, but pence below £10, where whole pounds would read £0. */
export function formatMoneyPerHead(value: number): string {
  return value < 10 ? `£${twoDecimals.format(value)}` : formatMoney(value);
}

/** Turnover per resident in pounds; the other measures per 100,000 residents; "—" for no rate. */
export function formatPerHead(measure: Measure, ratePer100k: number | null): string {
  if (ratePer100k === null) return "—";
  if (measure === "turnover") return `${formatMoneyPerHead(ratePer100k / 100_000)} per resident`;
  return `${measure === "number" ? formatRate(ratePer100k) : formatWhole(ratePer100k)} per 100,000 residents`;
}

/** 13.1 million, 235,000. */
export function formatCount(value: number): string {
  return value >= 1e6 ? `${oneDecimal.format(value / 1e6)} million` : whole.format(value);
}

export function formatMeasureValue(measure: Measure, value: number): string {
  return measure === "turnover" ? formatMoney(value) : formatCount(value);
}

/** "£120,000 (2023, Annual accounts)", or "" for no figure. */
export function formatFigure(measure: Measure, figure: Figure | null): string {
  if (!figure) return "";
  const where = [String(figure.year), figure.source].filter(Boolean).join(", ");
  return `${formatMeasureValue(measure, figure.value)} (${where})`;
}

/** "1 more co-op", "12 more co-ops": how far the area is from the national rate. */
export function formatCoopsMore(count: number): string {
  return `${whole.format(count)} more ${count === 1 ? "co-op" : "co-ops"}`;
}
