import type * as Y from "yjs";
import type { z } from "zod";
import type { DiffRecord } from "../diff/types";
import type { ReportBlock } from "../export/report-model";
import type { Audience, SectionId } from "./section-id";

/** A section as a CSV table: an optional comment line (e.g. an attribution), a header row, its rows. */
export interface CsvTable {
  comment?: string;
  fields: readonly string[];
  rows: string[][];
}

/**
 * One section of a board document. Snapshots, compare, restore and every export format go through
 * the registry (`registry.ts`), so a section that implements this is covered by all of them.
 */
export interface BoardSection<J> {
  id: SectionId;
  /** Shown to people: "Action plan", "Succession strategy", … */
  title: string;
  /**
   * Where its part sits in the JSON export: a key of its own, or null to merge its keys into the
   * top level (only the matrix, whose keys format version 1 already had there).
   */
  jsonKey: string | null;
  /** Validates its part of a JSON export before import. */
  jsonSchema: z.ZodType<J>;
  /** Its part of the JSON export. Lossless for "internal"; "publication" leaves confidential data out. */
  toJson(doc: Y.Doc, audience: Audience): J;
  /** Rebuilds it in a fresh document from `toJson(doc, "internal")` output (import). */
  fromJson(doc: Y.Doc, data: J): void;
  /** Its records, flattened for compare, in board order. */
  diffRecords(doc: Y.Doc): DiffRecord[];
  /** Its content for Markdown, DOCX and PDF. */
  report(doc: Y.Doc, audience: Audience): ReportBlock[];
  /** Its records as one CSV table (`?format=csv&section=<id>`); "publication" leaves confidential ones out. */
  csv?(doc: Y.Doc, audience: Audience): CsvTable;
  /** Counts per record type for a snapshot's summary, e.g. `{ actions: 12, themes: 4 }`. */
  summary(doc: Y.Doc): Record<string, number>;
}
