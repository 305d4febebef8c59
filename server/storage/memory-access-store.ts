import type { AccessStore, LinkRecord, NewLink, NewSession, SessionRecord } from "./access-store";
import type { BoardRecord, DocStore } from "./doc-store";
import { BoardNotFoundError } from "./store-errors";

/** An AccessStore in memory beside a DocStore (boards are created in `docs`): for unit tests. */
export class MemoryAccessStore implements AccessStore {
  private readonly links = new Map<string, NewLink & { revokedAt: string | null }>();
  private readonly sessions = new Map<string, NewSession>();

  constructor(private readonly docs: DocStore) {}

  async createBoard(board: BoardRecord, initialState: Uint8Array, facilitatorLink: NewLink): Promise<void> {
    this.assertNewLink(facilitatorLink);
    await this.docs.createBoard(board, initialState);
    this.links.set(facilitatorLink.id, { ...facilitatorLink, revokedAt: null });
  }

  async createLink(link: NewLink): Promise<void> {
    if (!(await this.docs.getBoard(link.boardId))) throw new BoardNotFoundError(link.boardId);
    this.assertNewLink(link);
    this.links.set(link.id, { ...link, revokedAt: null });
  }

  async listLinks(boardId: string): Promise<LinkRecord[]> {
    return [...this.links.values()].filter((link) => link.boardId === boardId).map(toRecord);
  }

  async findLink(tokenHash: string): Promise<LinkRecord | undefined> {
    const link = [...this.links.values()].find((candidate) => candidate.tokenHash === tokenHash);
    return link && toRecord(link);
  }

  async revokeLink(boardId: string, linkId: string, revokedAt: string): Promise<LinkRecord | undefined> {
    const link = this.links.get(linkId);
    if (!link || link.boardId !== boardId) return undefined;
    link.revokedAt ??= revokedAt;
    return toRecord(link);
  }

  async createSession(session: NewSession): Promise<void> {
    if (this.sessions.has(session.secretHash)) throw new Error("session secret already exists");
    this.sessions.set(session.secretHash, { ...session });
  }

  async findSession(secretHash: string, now: string): Promise<SessionRecord | undefined> {
    const session = this.sessions.get(secretHash);
    if (!session || session.expiresAt <= now) return undefined;
    const link = this.links.get(session.linkId);
    if (!link || link.revokedAt !== null) return undefined;
    const { secretHash: _secretHash, ...record } = session;
    return record;
  }

  async close(): Promise<void> {}

  private assertNewLink(link: NewLink): void {
    const clash = [...this.links.values()].some(
      (existing) => existing.id === link.id || existing.tokenHash === link.tokenHash,
    );
    if (clash) throw new Error(`link ${link.id} or its token already exists`);
  }
}

function toRecord({ tokenHash: _tokenHash, ...link }: NewLink & { revokedAt: string | null }): LinkRecord {
  return { ...link };
}
