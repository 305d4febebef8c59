import type { Database } from "better-sqlite3";
import type { SnapshotKind } from "../../shared/api/snapshots";
import type { SnapshotRecord, SnapshotStore, StoredSnapshot } from "./snapshot-store";
import { openDatabase, type SqliteStoreOptions } from "./sqlite-database";
import { BoardNotFoundError } from "./store-errors";

interface SnapshotRow {
  id: string;
  board_id: string;
  label: string;
  kind: SnapshotKind;
  author: string | null;
  created_at: string;
  summary: string;
}

const COLUMNS = "id, board_id, label, kind, author, created_at, summary";

function toRecord(row: SnapshotRow): SnapshotRecord {
  return {
    id: row.id,
    boardId: row.board_id,
    label: row.label,
    kind: row.kind,
    author: row.author,
    createdAt: row.created_at,
    summary: JSON.parse(row.summary) as SnapshotRecord["summary"],
  };
}

/** The SQLite SnapshotStore, on the same database file as the documents (its own connection). */
export function openSqliteSnapshotStore(file: string, options: SqliteStoreOptions = {}): SnapshotStore {
  return new SqliteSnapshotStore(openDatabase(file, options));
}

class SqliteSnapshotStore implements SnapshotStore {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      insert: db.prepare<[string, string, string, string, string | null, string, string, Uint8Array]>(
        `INSERT INTO snapshots (${COLUMNS}, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      list: db.prepare<[string], SnapshotRow>(
        `SELECT ${COLUMNS} FROM snapshots WHERE board_id = ? ORDER BY seq DESC`,
      ),
      get: db.prepare<[string, string], SnapshotRow & { state: Uint8Array }>(
        `SELECT ${COLUMNS}, state FROM snapshots WHERE board_id = ? AND id = ?`,
      ),
      delete: db.prepare<[string, string]>("DELETE FROM snapshots WHERE board_id = ? AND id = ?"),
      prune: db.prepare<[string, string, string, string, number]>(
        `DELETE FROM snapshots WHERE board_id = ? AND kind = ? AND seq NOT IN (
           SELECT seq FROM snapshots WHERE board_id = ? AND kind = ? ORDER BY seq DESC LIMIT ?)`,
      ),
    };
  }

  async saveSnapshot(record: SnapshotRecord, state: Uint8Array): Promise<void> {
    const { id, boardId, label, kind, author, createdAt, summary } = record;
    try {
      this.statements.insert.run(id, boardId, label, kind, author, createdAt, JSON.stringify(summary), state);
    } catch (error) {
      if ((error as { code?: unknown }).code === "SQLITE_CONSTRAINT_FOREIGNKEY")
        throw new BoardNotFoundError(boardId);
      throw error;
    }
  }

  async listSnapshots(boardId: string): Promise<SnapshotRecord[]> {
    return this.statements.list.all(boardId).map(toRecord);
  }

  async getSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | undefined> {
    const row = this.statements.get.get(boardId, snapshotId);
    if (!row) return undefined;
    const { state } = row;
    return { record: toRecord(row), state: new Uint8Array(state.buffer, state.byteOffset, state.byteLength) };
  }

  async deleteSnapshot(boardId: string, snapshotId: string): Promise<boolean> {
    return this.statements.delete.run(boardId, snapshotId).changes > 0;
  }

  async pruneSnapshots(boardId: string, kind: SnapshotKind, keep: number): Promise<number> {
    return this.statements.prune.run(boardId, kind, boardId, kind, Math.max(0, keep)).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
