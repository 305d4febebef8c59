import { fetchAccess, startSession } from "../api/access";
import { facilitatorToken } from "./facilitator-links";
import { forgetLinkToken, pendingLinkToken } from "./link-token";
import { resolveAccess, type BoardAccess } from "./resolve-access";

// One check per board at a time: React's development double effects must not exchange a token twice.
const inFlight = new Map<string, Promise<BoardAccess>>();
/** A check started before the board page mounted (prefetchAccess), its answer kept for that page. */
const early = new Map<string, { result?: BoardAccess }>();

export function checkAccess(boardId: string): Promise<BoardAccess> {
  const running = inFlight.get(boardId);
  if (running) return running;
  const linkToken = pendingLinkToken(boardId);
  const check = resolveAccess({
    linkToken,
    savedToken: facilitatorToken(localStorage, boardId),
    startSession: (token) => startSession(boardId, token),
    fetchAccess: () => fetchAccess(boardId),
    onLinkTokenUsed: () => linkToken && forgetLinkToken(boardId, linkToken),
  }).finally(() => inFlight.delete(boardId));
  inFlight.set(boardId, check);
  return check;
}

/**
 * Start the access check as the page loads, while the board's code downloads, instead of once the board
 * page has rendered. It is the same check (the server still authorises the socket on its own).
 */
export function prefetchAccess(boardId: string): void {
  const entry: { result?: BoardAccess } = {};
  early.set(boardId, entry);
  void checkAccess(boardId).then((result) => (entry.result = result));
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
