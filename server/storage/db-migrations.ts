import type { Database } from "better-sqlite3";

export interface DbMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Numbered schema migrations for the SQLite store, separate from the document migrations in
 * shared/board. Append only: a released migration is never edited.
 */
export const DB_MIGRATIONS: readonly DbMigration[] = [
  {
    version: 1,
    name: "boards catalogue, compacted document state, update log",
    sql: `
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        template TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE doc_state (
        board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
        state BLOB,
        through_seq INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE doc_updates (
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        update_bytes BLOB NOT NULL,
        PRIMARY KEY (board_id, seq)
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: "share links and sessions (secrets stored only as SHA-256 hashes)",
    sql: `
      CREATE TABLE links (
        id TEXT PRIMARY KEY,
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('facilitator', 'editor', 'viewer')),
        label TEXT,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE INDEX links_by_board ON links (board_id);
      CREATE TABLE sessions (
        secret_hash TEXT PRIMARY KEY,
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        link_id TEXT NOT NULL REFERENCES links (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('facilitator', 'editor', 'viewer')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);
    `,
  },
  {
    version: 3,
    name: "snapshots: named and automatic versions of a board, each a full document state",
    sql: `
      CREATE TABLE snapshots (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'before-restore')),
        author TEXT,
        created_at TEXT NOT NULL,
        summary TEXT NOT NULL,
        state BLOB NOT NULL
      ) STRICT;
      CREATE INDEX snapshots_by_board ON snapshots (board_id, seq);
    `,
  },
  {
    version: 4,
    name: "large compacted states in parts, written over several turns (generation names the parts in use)",
    sql: `
      ALTER TABLE doc_state ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE doc_state ADD COLUMN chunks INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE doc_state_chunks (
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        generation INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        PRIMARY KEY (board_id, generation, idx)
      ) STRICT;
    `,
  },
];

/** Apply every pending migration, each in its own transaction. Returns the versions applied. */
export function migrateDatabase(db: Database, migrations: readonly DbMigration[] = DB_MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const current = readDatabaseVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this server knows (${latest})`);
  }
  const record = db.prepare<[number, string, string]>(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
  );
  const applied: number[] = [];
  for (const migration of migrations.filter((candidate) => candidate.version > current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}

export function readDatabaseVersion(db: Database): number {
  const row = db
    .prepare<[], { version: number | null }>("SELECT MAX(version) AS version FROM schema_migrations")
    .get();
  return row?.version ?? 0;
}
