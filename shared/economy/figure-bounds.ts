import type { CoopFigure, DenominatorKey } from "./types";

/** Upper bounds that catch a slipped key (a turnover in pence, a population typed twice), not real limits. */
export const FIGURE_BOUNDS: Record<
  CoopFigure | DenominatorKey | "target",
  { max: number; whole: boolean; noun: string }
> = {
  turnover: { max: 100_000_000_000, whole: false, noun: "Turnover" },
  employees: { max: 1_000_000, whole: true, noun: "Employees" },
  members: { max: 100_000_000, whole: true, noun: "Members" },
  population: { max: 100_000_000, whole: true, noun: "Population" },
  businesses: { max: 10_000_000, whole: true, noun: "Business count" },
  target: { max: 100_000_000_000, whole: false, noun: "Target" },
};

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a number as people type it: "1,250", "£18.6m" is not accepted, "18600000" is. */
export function parseFigureValue(kind: keyof typeof FIGURE_BOUNDS, text: string): Parsed<number> {
  const bounds = FIGURE_BOUNDS[kind];
  const cleaned = text.trim().replace(/^£/, "").replace(/,/g, "");
  if (cleaned === "") return { ok: false, message: `${bounds.noun} is empty` };
  if (!/^-?\d+(\.\d+)?$/.test(cleaned))
    return { ok: false, message: `${bounds.noun} must be a number, like 1250 (got “${text.trim()}”)` };
  const value = Number(cleaned);
  if (value < 0) return { ok: false, message: `${bounds.noun} cannot be negative` };
  if (bounds.whole && !Number.isInteger(value))
    return { ok: false, message: `${bounds.noun} must be a whole number` };
  if (value > bounds.max)
    return {
      ok: false,
      message: `${bounds.noun} of ${value.toLocaleString("en-GB")} is more than ${bounds.max.toLocaleString("en-GB")}: check the figure`,
    };
  return { ok: true, value };
}

export function parseYear(text: string): Parsed<number> {
  const cleaned = text.trim();
  if (!/^\d{4}$/.test(cleaned))
    return { ok: false, message: `Year must be four digits, like 2023 (got “${cleaned}”)` };
  const year = Number(cleaned);
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, message: `Year must be between ${MIN_YEAR} and ${MAX_YEAR}` };
  return { ok: true, value: year };
}
