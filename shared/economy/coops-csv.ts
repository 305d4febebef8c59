import { writeCsv } from "../export/write-csv";
import { OPEN_DATA_ATTRIBUTION } from "./attribution";
import { COOP_FIGURES, type CoopFigure, type CoopView, type Figure } from "./types";

/** The columns of the local list's CSV, in order (`docs/export-format.md`). */
export const COOP_CSV_COLUMNS = [
  "id",
  "name",
  "sector",
  "legal_form",
  "ownership_type",
  "status",
  "origin",
  ...COOP_FIGURES.flatMap((figure) => [valueColumn(figure), `${figure}_year`, `${figure}_source`]),
] as const;

export function valueColumn(figure: CoopFigure): string {
  return figure === "turnover" ? "turnover_gbp" : figure;
}

/** The local list's rows, one per co-operative, in the order of `COOP_CSV_COLUMNS`. */
export function coopCsvRows(coops: readonly CoopView[]): string[][] {
  return coops.map((coop) => [
    coop.id,
    coop.name,
    coop.sector,
    coop.legalForm,
    coop.ownershipType,
    coop.status,
    coop.origin,
    ...COOP_FIGURES.flatMap((figure) => figureCells(coop[figure])),
  ]);
}

/**
 * The local list as CSV: an attribution comment line, a header row, one row per co-operative, written
 * like the server's section CSV (formula-like cells neutralised).
 */
export function coopsToCsv(coops: readonly CoopView[]): string {
  return writeCsv({ comment: OPEN_DATA_ATTRIBUTION, fields: COOP_CSV_COLUMNS, rows: coopCsvRows(coops) });
}

function figureCells(figure: Figure | null): string[] {
  return figure ? [String(figure.value), String(figure.year), figure.source] : ["", "", ""];
}
