import type { Role } from "../../shared/api/roles";
import { fetchAccess, startSession } from "../api/access";
import { facilitatorToken } from "./facilitator-links";
import { forgetLinkToken, pendingLinkToken } from "./link-token";
import { resolveAccess, type BoardAccess } from "./resolve-access";

// One check per board at a time: React's development double effects must not exchange a token twice.
const inFlight = new Map<string, Promise<BoardAccess>>();
/** A check started before the board page mounted (prefetchAccess), its answer kept for that page. */
const early = new Map<string, { result?: BoardAccess }>();

/** What the early check tells as it goes, before the board page sees any of it. */
export interface EarlyAccessWatcher {
  /** The server took a link and set its cookie with this role; /me has not yet confirmed the browser kept it. */
  sessionStarted?(role: Role): void;
  /** The check's answer, told before the page that will render it gets it. */
  answered?(access: BoardAccess): void;
}

export function checkAccess(boardId: string, onSessionStarted?: (role: Role) => void): Promise<BoardAccess> {
  const running = inFlight.get(boardId);
  if (running) return running;
  const linkToken = pendingLinkToken(boardId);
  const check = resolveAccess({
    linkToken,
    savedToken: facilitatorToken(localStorage, boardId),
    startSession: (token) => startSession(boardId, token),
    fetchAccess: () => fetchAccess(boardId),
    onLinkTokenUsed: () => linkToken && forgetLinkToken(boardId, linkToken),
    onSessionStarted,
  }).finally(() => inFlight.delete(boardId));
  inFlight.set(boardId, check);
  return check;
}

/**
 * Start the access check as the page loads, while the board's code downloads, instead of once the board
 * page has rendered. It is the same check (the server still authorises the socket on its own).
 */
export function prefetchAccess(boardId: string, watcher: EarlyAccessWatcher = {}): void {
  const entry: { result?: BoardAccess } = {};
  early.set(boardId, entry);
  // This callback is the check's first: the watcher hears the answer before any page can render it.
  void checkAccess(boardId, watcher.sessionStarted).then((result) => {
    entry.result = result;
    watcher.answered?.(result);
  });
}

/**
 * The early check's answer if it has come. Taken once, by the board page as it mounts: a page mounted
 * before the answer joins the running check instead, and a retry or a later visit checks again.
 */
export function takeEarlyAccess(boardId: string): BoardAccess | undefined {
  const entry = early.get(boardId);
  early.delete(boardId);
  return entry?.result;
}
