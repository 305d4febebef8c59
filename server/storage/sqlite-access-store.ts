import type { Database } from "better-sqlite3";
import type { Role } from "../../shared/api/roles";
import type { AccessStore, LinkRecord, NewLink, NewSession, SessionRecord } from "./access-store";
import type { BoardRecord } from "./doc-store";
import { prepareInsertBoard } from "./board-rows";
import { openDatabase, type SqliteStoreOptions } from "./sqlite-database";
import { BoardNotFoundError } from "./store-errors";

interface LinkRow {
  id: string;
  board_id: string;
  role: Role;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

interface SessionRow {
  board_id: string;
  link_id: string;
  role: Role;
  created_at: string;
  expires_at: string;
}

const LINK_COLUMNS = "id, board_id, role, label, created_at, revoked_at";

/**
 * The SQLite AccessStore, on the same database file as the documents (its own connection), so a
 * board and its facilitator link are created in one transaction.
 */
export function openSqliteAccessStore(file: string, options: SqliteStoreOptions = {}): AccessStore {
  return new SqliteAccessStore(openDatabase(file, options));
}

class SqliteAccessStore implements AccessStore {
  private readonly insertBoard;
  private readonly statements;

  constructor(private readonly db: Database) {
    this.insertBoard = prepareInsertBoard(db);
    this.statements = {
      boardExists: db.prepare<[string], number>("SELECT 1 FROM boards WHERE id = ?").pluck(),
      insertLink: db.prepare<[string, string, string, string | null, string, string]>(
        "INSERT INTO links (id, board_id, role, label, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      selectLinks: db.prepare<[string], LinkRow>(
        `SELECT ${LINK_COLUMNS} FROM links WHERE board_id = ? ORDER BY created_at, rowid`,
      ),
      selectLinkByHash: db.prepare<[string], LinkRow>(
        `SELECT ${LINK_COLUMNS} FROM links WHERE token_hash = ?`,
      ),
      selectLink: db.prepare<[string, string], LinkRow>(
        `SELECT ${LINK_COLUMNS} FROM links WHERE id = ? AND board_id = ?`,
      ),
      revokeLink: db.prepare<[string, string]>(
        "UPDATE links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
      ),
      deleteExpiredSessions: db.prepare<[string]>("DELETE FROM sessions WHERE expires_at <= ?"),
      insertSession: db.prepare<[string, string, string, string, string, string]>(
        "INSERT INTO sessions (secret_hash, board_id, link_id, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      selectActiveSession: db.prepare<[string, string], SessionRow>(
        `SELECT s.board_id, s.link_id, s.role, s.created_at, s.expires_at
         FROM sessions s JOIN links l ON l.id = s.link_id
         WHERE s.secret_hash = ? AND s.expires_at > ? AND l.revoked_at IS NULL`,
      ),
    };
  }

  async createBoard(board: BoardRecord, initialState: Uint8Array, facilitatorLink: NewLink): Promise<void> {
    this.db
      .transaction(() => {
        this.insertBoard(board, initialState);
        this.insertLink(facilitatorLink);
      })
      .immediate();
  }

  async createLink(link: NewLink): Promise<void> {
    this.db
      .transaction(() => {
        if (!this.statements.boardExists.get(link.boardId)) throw new BoardNotFoundError(link.boardId);
        this.insertLink(link);
      })
      .immediate();
  }

  async listLinks(boardId: string): Promise<LinkRecord[]> {
    return this.statements.selectLinks.all(boardId).map(toLinkRecord);
  }

  async findLink(tokenHash: string): Promise<LinkRecord | undefined> {
    const row = this.statements.selectLinkByHash.get(tokenHash);
    return row && toLinkRecord(row);
  }

  async revokeLink(boardId: string, linkId: string, revokedAt: string): Promise<LinkRecord | undefined> {
    return this.db
      .transaction(() => {
        if (!this.statements.selectLink.get(linkId, boardId)) return undefined;
        this.statements.revokeLink.run(revokedAt, linkId);
        const row = this.statements.selectLink.get(linkId, boardId);
        return row && toLinkRecord(row);
      })
      .immediate();
  }

  async createSession(session: NewSession): Promise<void> {
    this.db
      .transaction(() => {
        // Expired sessions are useless; sweeping them here keeps the table from growing for ever.
        this.statements.deleteExpiredSessions.run(session.createdAt);
        this.statements.insertSession.run(
          session.secretHash,
          session.boardId,
          session.linkId,
          session.role,
          session.createdAt,
          session.expiresAt,
        );
      })
      .immediate();
  }

  async findSession(secretHash: string, now: string): Promise<SessionRecord | undefined> {
    const row = this.statements.selectActiveSession.get(secretHash, now);
    return (
      row && {
        boardId: row.board_id,
        linkId: row.link_id,
        role: row.role,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }
    );
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private insertLink(link: NewLink): void {
    this.statements.insertLink.run(
      link.id,
      link.boardId,
      link.role,
      link.label,
      link.tokenHash,
      link.createdAt,
    );
  }
}

function toLinkRecord(row: LinkRow): LinkRecord {
  return {
    id: row.id,
    boardId: row.board_id,
    role: row.role,
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}
