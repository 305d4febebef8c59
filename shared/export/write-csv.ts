import Papa from "papaparse";
import type { CsvTable } from "../sections/board-section";

/**
 * A table as CSV for spreadsheets. Cells a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) get a leading apostrophe; the byte-order mark makes Excel read
 * the file as UTF-8. Every CSV Coplan writes, on the server or in the browser, goes through here.
 */
export function writeCsv({ comment, fields, rows }: CsvTable): string {
  const table = Papa.unparse({ fields: [...fields], data: rows }, { escapeFormulae: true, newline: "\r\n" });
  return `\uFEFF${comment ? `# ${comment}\r\n` : ""}${table}`;
}
