import type { ExportFormat } from "../../shared/api/snapshots";

export interface ExportChoice {
  /** Unique in the menu: the format, or the format and section. */
  id: string;
  format: ExportFormat;
  /** For CSV, which table; the server's default is the action matrix. */
  section?: "matrix" | "succession" | "economy";
  label: string;
  hint: string;
}

/** The export menu, most useful for a council paper first. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  {
    id: "docx",
    format: "docx",
    label: "Word document",
    hint: "A council paper: title page, plan table and details",
  },
  { id: "pdf", format: "pdf", label: "PDF", hint: "The same paper, ready to print or publish" },
  { id: "md", format: "md", label: "Markdown", hint: "Plain text with headings, for websites and wikis" },
  { id: "csv", format: "csv", section: "matrix", label: "CSV: actions", hint: "One row per action" },
  {
    id: "csv-succession",
    format: "csv",
    section: "succession",
    label: "CSV: succession pipeline",
    hint: "One row per business; confidential ones left out",
  },
  {
    id: "csv-economy",
    format: "csv",
    section: "economy",
    label: "CSV: local co-operatives",
    hint: "The local co-operative economy list",
  },
  { id: "json", format: "json", label: "Coplan file (JSON)", hint: "Everything, to import as a new plan" },
];
