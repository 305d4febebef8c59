import Papa from "papaparse";
import { parseFigureValue, parseYear } from "./figure-bounds";
import { valueColumn } from "./coops-csv";
import { COOP_FIGURES, COOP_STATUSES, type CoopStatus, type CoopView, type Figure } from "./types";

/** A co-operative read from a CSV row; `id` is set when the row names one already in the list. */
export type ImportedCoop = Omit<CoopView, "id" | "origin"> & { id: string | null };

export interface ImportError {
  /** The line of the file, counting from 1 (the header is line 1 when there is no comment above it). */
  line: number;
  reason: string;
}

export interface CoopImport {
  coops: ImportedCoop[];
  errors: ImportError[];
}

export const DEFAULT_IMPORT_SOURCE = "CSV import";

interface Row {
  line: number;
  cells: string[];
  /** Why the row could not be read as CSV (a quote left open, text after a closing quote). */
  problem?: string;
}

/**
 * The file's rows with the line each starts on. A row papaparse cannot read cleanly (its quotes are
 * broken) is kept with its problem, and reading starts again on the next line: an unclosed quote would
 * otherwise swallow every line after it into one field and drop valid rows without a word.
 */
function readRows(text: string): Row[] {
  const input = text.replace(/^\uFEFF/, "");
  const rows: Row[] = [];
  let line = 1;
  let offset = 0;
  while (offset < input.length) {
    let start = offset;
    let resumeAt: number | null = null;
    const base = offset;
    Papa.parse<string[]>(input.slice(base), {
      step: (result, parser) => {
        const end = base + result.meta.cursor;
        const lineEnd = input.indexOf("\n", start);
        const next = lineEnd === -1 ? input.length : lineEnd + 1;
        const problem = quoteProblem(result.errors, input.slice(start, next));
        if (problem) {
          rows.push({ line, cells: result.data, problem });
          resumeAt = next;
          line += 1;
          parser.abort();
          return;
        }
        const cells = result.data;
        const blank = cells.every((cell) => cell.trim() === "");
        if (!blank && !(cells[0] ?? "").trimStart().startsWith("#")) rows.push({ line, cells });
        for (let index = start; index < end; index += 1) if (input[index] === "\n") line += 1;
        start = end;
      },
    });
    if (resumeAt === null) break;
    offset = resumeAt;
  }
  return rows;
}

/**
 * A row with more cells than the header usually has a comma inside an unquoted value, which shifts
 * every cell after it: its known columns cannot be trusted either, so the row is refused like any other
 * bad row. Empty cells past the header (a trailing comma) hold nothing to lose and are let through.
 */
function extraColumns(cells: readonly string[], headerColumns: number): string | null {
  if (cells.slice(headerColumns).every((cell) => cell.trim() === "")) return null;
  return (
    `the line has ${cells.length} columns, the header has ${headerColumns} ` +
    "(a value containing a comma must be in double quotes); the line was not imported"
  );
}

function quoteProblem(errors: readonly Papa.ParseError[], lineText: string): string | null {
  if (!errors.some((error) => error.type === "Quotes")) return null;
  // papaparse reports both codes for either fault once it has read on to the end of the file, so the
  // line itself tells them apart: an odd number of quotes leaves one open.
  const quotes = lineText.split('"').length - 1;
  return quotes % 2 === 1
    ? 'a quoted field on this line is never closed (a " opens it and no " ends it); the line was not imported'
    : 'a quoted field on this line has text after its closing quote (write a quote inside quotes as ""); the line was not imported';
}

/**
 * Reads the local list from CSV (as `coopsToCsv` writes it, or a spreadsheet with at least a `name`
 * column). Valid rows are kept; each bad row is reported by its line and every reason, never dropped
 * silently. A row whose id is already in the list updates it; a name already in the list or earlier
 * in the file is a duplicate.
 */
export function importCoopsCsv(text: string, existing: readonly Pick<CoopView, "id" | "name">[]): CoopImport {
  const [header, ...rows] = readRows(text);
  if (!header) return { coops: [], errors: [{ line: 1, reason: "the file is empty" }] };
  if (header.problem) return { coops: [], errors: [{ line: header.line, reason: header.problem }] };
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  if (!columns.includes("name"))
    return { coops: [], errors: [{ line: header.line, reason: "the header row has no “name” column" }] };
  const existingIds = new Set(existing.map((coop) => coop.id));
  const existingNames = new Map(existing.map((coop) => [nameKey(coop.name), coop.id]));
  const seenNames = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const coops: ImportedCoop[] = [];
  const errors: ImportError[] = [];

  for (const row of rows) {
    if (row.problem) {
      errors.push({ line: row.line, reason: row.problem });
      continue;
    }
    const extra = extraColumns(row.cells, columns.length);
    if (extra) {
      errors.push({ line: row.line, reason: extra });
      continue;
    }
    const cell = (column: string) => withoutFormulaGuard((row.cells[columns.indexOf(column)] ?? "").trim());
    const reasons: string[] = [];
    const name = cell("name");
    const id = cell("id");
    const known = id !== "" && existingIds.has(id);
    if (name === "") reasons.push("name is missing");
    else {
      const earlier = seenNames.get(nameKey(name)) ?? (id ? seenIds.get(id) : undefined);
      if (earlier !== undefined) reasons.push(`duplicate of line ${earlier} (${name})`);
      else if (!known && existingNames.has(nameKey(name))) reasons.push(`${name} is already in the list`);
    }
    const status = cell("status").toLowerCase() || "active";
    if (!(COOP_STATUSES as readonly string[]).includes(status))
      reasons.push(`status must be “active” or “closed” (got “${cell("status")}”)`);
    const figures = Object.fromEntries(
      COOP_FIGURES.map((figure) => [figure, readFigure(figure, cell, reasons)]),
    ) as Record<(typeof COOP_FIGURES)[number], Figure | null>;

    if (reasons.length > 0) {
      errors.push({ line: row.line, reason: reasons.join("; ") });
      continue;
    }
    seenNames.set(nameKey(name), row.line);
    if (id) seenIds.set(id, row.line);
    coops.push({
      id: known ? id : null,
      name,
      sector: cell("sector"),
      legalForm: cell("legal_form"),
      ownershipType: cell("ownership_type"),
      status: status as CoopStatus,
      ...figures,
    });
  }
  return { coops, errors };
}

function readFigure(
  figure: (typeof COOP_FIGURES)[number],
  cell: (column: string) => string,
  reasons: string[],
): Figure | null {
  const column = valueColumn(figure);
  const text = cell(column);
  if (text === "") return null;
  const value = parseFigureValue(figure, text);
  if (!value.ok) reasons.push(`${column}: ${value.message}`);
  const yearText = cell(`${figure}_year`);
  const year = yearText === "" ? null : parseYear(yearText);
  if (year === null) reasons.push(`${figure}_year is missing for the ${figure} figure`);
  else if (!year.ok) reasons.push(`${figure}_year: ${year.message}`);
  if (!value.ok || !year?.ok) return null;
  return { value: value.value, year: year.value, source: cell(`${figure}_source`) || DEFAULT_IMPORT_SOURCE };
}

/** Undoes `writeCsv`'s apostrophe before a formula-like cell, so an export reads back as it was. */
const withoutFormulaGuard = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");
