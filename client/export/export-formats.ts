import type { ExportFormat } from "../../shared/api/snapshots";

export interface ExportChoice {
  format: ExportFormat;
  label: string;
  hint: string;
}

/** The export menu, most useful for a council paper first. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: "docx", label: "Word document", hint: "A council paper: title page, plan table and details" },
  { format: "pdf", label: "PDF", hint: "The same paper, ready to print or publish" },
  { format: "md", label: "Markdown", hint: "Plain text with headings, for websites and wikis" },
  { format: "csv", label: "Spreadsheet (CSV)", hint: "One row per action" },
  { format: "json", label: "Coplan file (JSON)", hint: "Everything, to import as a new plan" },
];
