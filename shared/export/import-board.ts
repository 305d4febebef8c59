import * as Y from "yjs";
import { z } from "zod";
import { TRANSACTION_ORIGIN } from "../protocol/transaction-origins";
import { BOARD_SECTIONS } from "../sections/registry";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from "./board-json";

export interface ImportIssue {
  path: string;
  message: string;
}

export type ImportProblem =
  | { kind: "notAnExport"; message: string; issues: ImportIssue[] }
  | { kind: "newerVersion"; message: string; issues: ImportIssue[] }
  | { kind: "invalidContent"; message: string; issues: ImportIssue[] };

export type ImportResult = { ok: true; doc: Y.Doc } | { ok: false; problem: ImportProblem };

const envelope = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `format must be "${EXPORT_FORMAT}"` }),
  formatVersion: z.number({ error: "formatVersion must be a whole number" }).int().min(1),
});

function issuesOf(error: z.ZodError, prefix: string | null): ImportIssue[] {
  return error.issues.map((issue) => ({
    path: [...(prefix ? [prefix] : []), ...issue.path.map(String)].join(".") || "body",
    message: issue.message,
  }));
}

function problem(kind: ImportProblem["kind"], message: string, issues: ImportIssue[]): ImportResult {
  return { ok: false, problem: { kind, message, issues } };
}

/**
 * Check a JSON export completely (every section) and build a new board document from it; nothing is
 * built unless all of it is valid. Sections missing from an older file start empty.
 */
export function importBoardJson(input: unknown): ImportResult {
  const head = envelope.safeParse(input);
  if (!head.success) {
    return problem("notAnExport", "this is not a Coplan board export", issuesOf(head.error, null));
  }
  if (head.data.formatVersion > EXPORT_FORMAT_VERSION) {
    return problem(
      "newerVersion",
      `formatVersion ${head.data.formatVersion} is newer than this server reads (${EXPORT_FORMAT_VERSION})`,
      [{ path: "formatVersion", message: `must be at most ${EXPORT_FORMAT_VERSION}` }],
    );
  }
  const file = input as Record<string, unknown>;
  const parts: { fromJson(doc: Y.Doc): void }[] = [];
  const issues: ImportIssue[] = [];
  for (const section of BOARD_SECTIONS) {
    const raw = section.jsonKey === null ? file : file[section.jsonKey];
    if (raw === undefined) continue;
    const parsed = section.jsonSchema.safeParse(raw);
    if (parsed.success) parts.push({ fromJson: (doc) => section.fromJson(doc, parsed.data) });
    else issues.push(...issuesOf(parsed.error, section.jsonKey));
  }
  if (issues.length > 0) {
    const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
    return problem("invalidContent", `the export is not valid: ${message}`, issues);
  }
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const part of parts) part.fromJson(doc);
  }, TRANSACTION_ORIGIN.seed);
  return { ok: true, doc };
}
