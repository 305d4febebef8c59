import type { RichTextNode } from "./rich-text";

/** A run of inline text with its emphasis; `link` is an href shown as text and never followed on export. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

/** A table cell: one line of text, or several (e.g. the action titles in a matrix cell). */
export type TableCell = string | string[];

/**
 * Format-neutral report content. Sections build blocks; the Markdown, DOCX and PDF renderers each
 * render every kind, so a new section never needs a renderer of its own.
 */
export type ReportBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; runs: TextRun[] }
  | { kind: "bullets"; items: TextRun[][] }
  | { kind: "table"; header: string[]; rows: TableCell[][] }
  | { kind: "keyValues"; entries: { key: string; value: string }[] }
  | { kind: "richText"; content: RichTextNode };

export const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ kind: "heading", level, text });

export const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", runs: [{ text }] });

/** One report section: its title and blocks, in board order. */
export interface ReportSection {
  id: string;
  title: string;
  blocks: ReportBlock[];
}

/** Everything an exported document shows: the title page, then each section's blocks. */
export interface BoardReport {
  title: string;
  area: string;
  /** e.g. "2025 – 2028", or empty. */
  period: string;
  /** e.g. "End of workshop 2, 12 March 2026" or "Live board, 12 March 2026". */
  version: string;
  sections: ReportSection[];
}
