import type { AccessInfo, Role } from "../../shared/api/roles";
import { ApiError } from "../api/api-error";

export type BoardAccess =
  | { status: "checking" }
  | { status: "granted"; role: Role }
  /** `no-link`: this browser holds no credential for the board; `link-refused`: the link it opened is revoked or wrong. */
  | { status: "denied"; reason: "no-link" | "link-refused" }
  | { status: "missing" }
  | { status: "failed"; message: string };

export type GrantedAccess = Extract<BoardAccess, { status: "granted" }>;

export interface AccessSources {
  /** The token of the link just opened in this tab, if any. */
  linkToken: string | undefined;
  /** The facilitator token this device kept for the board, if it created it. */
  savedToken: string | undefined;
  startSession(token: string): Promise<AccessInfo>;
  fetchAccess(): Promise<AccessInfo>;
  /** The link token was used (accepted or refused): drop it. */
  onLinkTokenUsed(): void;
  /**
   * The server took a token and set its cookie with this role. Only a head start (the board's socket can
   * connect while /me runs): the answer is still /me's, which tells whether the browser kept the cookie.
   */
  onSessionStarted?(role: Role): void;
}

const statusOf = (error: unknown) => (error instanceof ApiError ? error.status : undefined);

function unexpected(error: unknown): BoardAccess {
  if (statusOf(error) === 404) return { status: "missing" };
  return { status: "failed", message: error instanceof Error ? error.message : String(error) };
}

const COOKIE_REFUSED =
  "Your browser did not keep the sign-in cookie for this plan. Allow cookies for this site, then open the link again.";

/**
 * Decide what this browser may do on a board: exchange a freshly opened link for the session cookie,
 * then ask the server who the cookie says we are. A facilitator's saved link renews an expired cookie.
 */
export async function resolveAccess(sources: AccessSources): Promise<BoardAccess> {
  const { linkToken, savedToken } = sources;
  if (linkToken) {
    let started: AccessInfo;
    try {
      started = await sources.startSession(linkToken);
      sources.onLinkTokenUsed();
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403) {
        sources.onLinkTokenUsed();
        return { status: "denied", reason: "link-refused" };
      }
      return unexpected(error);
    }
    sources.onSessionStarted?.(started.role);
  }
  try {
    return { status: "granted", role: (await sources.fetchAccess()).role };
  } catch (error) {
    const status = statusOf(error);
    if (status !== 401 && status !== 403) return unexpected(error);
    if (linkToken) return { status: "failed", message: COOKIE_REFUSED };
    if (!savedToken) return { status: "denied", reason: "no-link" };
  }
  return resolveAccess({
    ...sources,
    linkToken: savedToken,
    savedToken: undefined,
    onLinkTokenUsed: () => {},
  });
}
