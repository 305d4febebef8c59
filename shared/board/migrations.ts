import type * as Y from "yjs";
import { readSchemaVersion, writeSchemaVersion } from "./meta";
import { TRANSACTION_ORIGIN } from "../protocol/transaction-origins";
import { createSuccession } from "./succession-root";
import { DEFAULT_STAGES } from "./succession-defaults";

export interface DocMigration {
  /** The schema version the document has after this migration. */
  version: number;
  name: string;
  /** Idempotent and additive: fill what is missing, never delete or rewrite user content. */
  up(doc: Y.Doc): void;
}

/**
 * Numbered document migrations, run by the server when a board loads. Append only: a released
 * migration is never edited, since boards already migrated by it will not run it again.
 */
export const DOC_MIGRATIONS: readonly DocMigration[] = [
  {
    version: 1,
    name: "initial board model: meta, columns, themes, actions",
    up: () => {
      // Version 1 is the first schema; boards are created at it. Nothing to convert.
    },
  },
  {
    version: 2,
    name: "succession section: the default stages, an empty pipeline and a narrative",
    up: (doc) => void createSuccession(doc, DEFAULT_STAGES),
  },
];

export const CURRENT_SCHEMA_VERSION = DOC_MIGRATIONS[DOC_MIGRATIONS.length - 1]!.version;

/** Run every pending migration. Returns the versions applied (empty when the board is current). */
export function migrateBoard(doc: Y.Doc, migrations: readonly DocMigration[] = DOC_MIGRATIONS): number[] {
  const applied: number[] = [];
  const from = readSchemaVersion(doc);
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return applied;
  doc.transact(() => {
    for (const migration of pending) {
      migration.up(doc);
      writeSchemaVersion(doc, migration.version);
      applied.push(migration.version);
    }
  }, TRANSACTION_ORIGIN.migration);
  return applied;
}
