import type { SectionId } from "../sections/section-id";

/** How a field's value is compared and shown. "position" marks a record's place (a change there is a move). */
export type DiffFieldKind = "text" | "richText" | "list" | "position" | "value";

export interface DiffField {
  label: string;
  /** Plain text for "text" and "richText"; item labels for "list"; a readable place for "position". */
  value: string | string[] | null;
  kind: DiffFieldKind;
  /** Compared instead of `value` when set (e.g. an order key), so a readable value can change without a move. */
  compareKey?: string;
}

/** One record of a section, flattened for comparison (an action, a theme, a column, the board details, …). */
export interface DiffRecord {
  section: SectionId;
  /** The record's type within its section, e.g. "action", "theme", "column", "meta". */
  type: string;
  id: string;
  /** What a person calls the record, e.g. the action's title. */
  label: string;
  fields: Record<string, DiffField>;
  /** The credit the record's data needs wherever it is shown, e.g. the open data's ODC-By line. */
  attribution?: string;
}

/** A run of text: unchanged, inserted or removed (from the `diff` package's word diff). */
export interface TextChange {
  op: "equal" | "insert" | "delete";
  text: string;
}

export interface FieldChange {
  key: string;
  label: string;
  kind: DiffFieldKind;
  before: string | string[] | null;
  after: string | string[] | null;
  /** For "text" and "richText": the word-level differences from before to after. */
  textChanges?: TextChange[];
  /** For "list": the items added and removed. */
  added?: string[];
  removed?: string[];
}

export type RecordChangeType = "added" | "removed" | "changed" | "moved";

export interface RecordChange {
  /** "moved" when only position fields changed; "changed" when other fields did (a move may come with them). */
  change: RecordChangeType;
  section: SectionId;
  type: string;
  id: string;
  /** The label after the change (before, for a removed record). */
  label: string;
  /** Changed fields; for added/removed records every field with a value. */
  fields: FieldChange[];
  /** True when a position field changed (also set on "changed" records that moved). */
  moved: boolean;
  /** The record's credit line (`DiffRecord.attribution`), from whichever version shows it. */
  attribution?: string;
}

/** A version of the board: a snapshot or the live document. */
export interface DiffVersion {
  /** A snapshot id, or "current" for the live board. */
  id: string;
  label: string;
  createdAt: string | null;
}

/**
 * The JSON answer of `GET /api/boards/:id/diff` (docs/api.md). `changes` are in board order:
 * section by section, then the records' order within the "to" version (removed ones where they were).
 */
export interface BoardDiff {
  from: DiffVersion;
  to: DiffVersion;
  changes: RecordChange[];
  summary: { added: number; removed: number; changed: number; moved: number };
}
