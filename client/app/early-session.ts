import type { Role } from "../../shared/api/roles";
import type { BoardAccess, GrantedAccess } from "../access/resolve-access";
import type { BoardSession } from "../sync/board-session";

/** What the slot needs of a board session: BoardSession in the app, a stand-in in tests. */
export interface EarlySession {
  readonly boardId: string;
  readonly role: Role;
  open(): void;
  close(): void;
}

/** Long enough for a slow device to render the page; a session nobody adopts by then is closed. */
export const ADOPTION_TIMEOUT_MS = 10_000;

interface Held<S> {
  session: S;
  /** The access answer the session is for; none while /me has not answered. */
  grant?: GrantedAccess;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The board session opened before the board page rendered, so the sync starts while React is still
 * busy. The page adopts it only when it renders with the very access answer the session was opened for
 * (same board, same role, not a later retry); a page that renders anything else builds its own session
 * and this one is closed, as is one nobody adopts in time. Either way the tab keeps one socket.
 */
export class EarlySessionSlot<S extends EarlySession> {
  private held: Held<S> | undefined;
  /** A page has its session: nothing opens early any more. */
  private settled = false;

  constructor(private readonly timeoutMs = ADOPTION_TIMEOUT_MS) {}

  /** Open `session` ahead of its page, for `grant` if the access check has already answered. */
  open(session: S, grant?: GrantedAccess): void {
    if (this.settled) return;
    this.discard();
    session.open();
    const timer = setTimeout(() => this.held?.session === session && this.discard(), this.timeoutMs);
    this.held = { session, timer };
    if (grant) this.bind(grant);
  }

  /** The access check answered: the held session is for that answer, or it is closed. */
  bind(access: BoardAccess): void {
    const held = this.held;
    if (!held) return;
    if (access.status === "granted" && access.role === held.session.role) held.grant = access;
    else this.discard();
  }

  /** The session a page rendering `grant` on `boardId` may adopt. No side effects: React may call it twice. */
  find(boardId: string, grant: GrantedAccess): S | undefined {
    const held = this.held;
    if (!held || held.grant !== grant || held.session.boardId !== boardId) return undefined;
    return held.session;
  }

  /** The page has mounted with `session`: keep it if it was adopted; any other held session is stale. */
  claim(session: S): void {
    this.settled = true;
    if (this.held?.session !== session) {
      this.discard();
      return;
    }
    clearTimeout(this.held.timer);
    this.held = undefined;
  }

  /** Close the held session, if any. */
  discard(): void {
    const held = this.held;
    if (!held) return;
    this.held = undefined;
    clearTimeout(held.timer);
    held.session.close();
  }
}

/** The tab's one slot: the early sync fills it, the board page empties it. */
export const earlySessions = new EarlySessionSlot<BoardSession>();
