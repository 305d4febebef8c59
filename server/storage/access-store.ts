import type { Role } from "../../shared/api/roles";
import type { BoardRecord } from "./doc-store";

/** A share link of one board. Its token is never stored, only `tokenHash` (SHA-256). */
export interface LinkRecord {
  id: string;
  boardId: string;
  role: Role;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewLink extends Omit<LinkRecord, "revokedAt"> {
  tokenHash: string;
}

/** A browser session exchanged for a link: it lasts until `expiresAt` or until its link is revoked. */
export interface SessionRecord {
  boardId: string;
  linkId: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

export interface NewSession extends SessionRecord {
  secretHash: string;
}

/**
 * Who may open which board: share links and sessions, kept beside the documents but apart from the
 * narrow DocStore the sync core sees. Every method that resolves has committed its write.
 */
export interface AccessStore {
  /** Create a board, its initial state and its facilitator link in ONE transaction. */
  createBoard(board: BoardRecord, initialState: Uint8Array, facilitatorLink: NewLink): Promise<void>;
  /** Add a link to an existing board; rejects with BoardNotFoundError otherwise. */
  createLink(link: NewLink): Promise<void>;
  /** The board's links, oldest first, revoked ones included. */
  listLinks(boardId: string): Promise<LinkRecord[]>;
  /** The link whose token hashes to `tokenHash`, revoked or not. */
  findLink(tokenHash: string): Promise<LinkRecord | undefined>;
  /** Mark the link revoked (the first time only); undefined when the board has no such link. */
  revokeLink(boardId: string, linkId: string, revokedAt: string): Promise<LinkRecord | undefined>;
  createSession(session: NewSession): Promise<void>;
  /** The session with this secret hash if it has not expired at `now` and its link is not revoked. */
  findSession(secretHash: string, now: string): Promise<SessionRecord | undefined>;
  close(): Promise<void>;
}
