import { matchRoute } from "../app/route";

const TOKEN_PARAM = "token";

/** Split `#token=…` off a URL fragment, keeping any other fragment parameters. */
export function splitLinkToken(hash: string): { token: string | undefined; rest: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (!params.has(TOKEN_PARAM)) return { token: undefined, rest: hash };
  const token = params.get(TOKEN_PARAM) || undefined;
  params.delete(TOKEN_PARAM);
  const rest = params.toString();
  return { token, rest: rest ? `#${rest}` : "" };
}

const pending = new Map<string, string>();
const listeners = new Set<() => void>();
let generation = 0;

/**
 * Take a link token out of the address bar into memory, before anything renders: then no history
 * entry, bookmark, screenshot or script-visible URL keeps the secret.
 */
export function captureLinkToken(): void {
  const { token, rest } = splitLinkToken(location.hash);
  if (!token) return;
  history.replaceState(history.state, "", `${location.pathname}${location.search}${rest}`);
  const route = matchRoute(location.pathname);
  if (route.name !== "board") return;
  pending.set(route.boardId, token);
  generation += 1;
  for (const listener of [...listeners]) listener();
}

export function pendingLinkToken(boardId: string): string | undefined {
  return pending.get(boardId);
}

/** Called once the token has been exchanged (or refused): it is not kept a moment longer. */
export function forgetLinkToken(boardId: string, token: string): void {
  if (pending.get(boardId) === token) pending.delete(boardId);
}

/** Changes each time a new link is opened in this tab (a pasted link only changes the fragment). */
export function linkTokenGeneration(): number {
  return generation;
}

export function onLinkToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function watchLinkTokens(): void {
  captureLinkToken();
  window.addEventListener("hashchange", captureLinkToken);
}
