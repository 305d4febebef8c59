import { z } from "zod";
import { AUDIENCES } from "../sections/section-id";

export const SNAPSHOT_KINDS = ["named", "auto", "before-restore"] as const;
/** "named": saved by a facilitator; "auto": after a burst of editing; "before-restore": saved by a restore. */
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export const SNAPSHOT_LABEL_MAX_LENGTH = 120;
export const SNAPSHOT_AUTHOR_MAX_LENGTH = 80;

export const createSnapshotRequest = z.object({
  label: z
    .string({ error: "label is required" })
    .trim()
    .min(1, "label must not be empty")
    .max(SNAPSHOT_LABEL_MAX_LENGTH, `label must be at most ${SNAPSHOT_LABEL_MAX_LENGTH} characters`),
  author: z
    .string()
    .trim()
    .max(SNAPSHOT_AUTHOR_MAX_LENGTH, `author must be at most ${SNAPSHOT_AUTHOR_MAX_LENGTH} characters`)
    .optional(),
});
export type CreateSnapshotRequest = z.infer<typeof createSnapshotRequest>;

/** A snapshot id: 12 letters or digits (record ids). */
export const SNAPSHOT_ID_PATTERN = /^[0-9a-zA-Z]{12}$/;

/** Either a snapshot id or "current" (the live board). */
const versionRef = z
  .string({ error: 'must be a snapshot id or "current"' })
  .refine(
    (value) => value === "current" || SNAPSHOT_ID_PATTERN.test(value),
    'must be a snapshot id or "current"',
  );

export const diffQuery = z.object({ from: versionRef, to: versionRef.default("current") });
export type DiffQuery = z.infer<typeof diffQuery>;

export const EXPORT_FORMATS = ["json", "md", "csv", "docx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The sections with a CSV of their own (`?format=csv&section=`); "matrix" is the default, one row per action. */
export const CSV_SECTIONS = ["matrix", "succession", "economy"] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

export const boardExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of: ${EXPORT_FORMATS.join(", ")}` }),
  snapshot: z.string().regex(SNAPSHOT_ID_PATTERN, "snapshot must be a snapshot id").optional(),
  audience: z.enum(AUDIENCES, { error: `audience must be one of: ${AUDIENCES.join(", ")}` }).optional(),
  section: z
    .enum(CSV_SECTIONS, {
      error: (issue) =>
        `unknown section ${JSON.stringify(issue.input)}: section must be one of: ${CSV_SECTIONS.join(", ")}`,
    })
    .optional(),
});

/** A snapshot as listed: never its state. `summary` counts records per section, e.g. `{"matrix":{"actions":12}}`. */
export interface SnapshotMetadata {
  id: string;
  label: string;
  kind: SnapshotKind;
  /** The display name of whoever saved it; null for automatic ones or when none was given. */
  author: string | null;
  createdAt: string;
  summary: Record<string, Record<string, number>>;
}

/** `GET /api/boards/:id/snapshots/:snapshotId`: the metadata and the state, a base64 Yjs update. */
export interface SnapshotWithState extends SnapshotMetadata {
  state: string;
}

export interface SnapshotList {
  snapshots: SnapshotMetadata[];
}

export interface RestoreResult {
  restored: SnapshotMetadata;
  beforeRestore: SnapshotMetadata;
}
