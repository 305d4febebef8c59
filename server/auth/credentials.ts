import { sessionCookieName } from "../../shared/api/roles";

/** Where a secret came from: cookies are sent by browsers on their own, so they need an Origin check. */
export type CredentialSource = "bearer" | "query" | "cookie";

export interface Credential {
  secret: string;
  source: CredentialSource;
}

export interface CredentialCarriers {
  authorization?: string | null;
  cookie?: string | null;
  /** `?token=`: accepted on the sync socket only, where a browser cannot set headers. */
  queryToken?: string | null;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** The credential of a request to `boardId`: the bearer token, else the query token, else the cookie. */
export function readCredential(boardId: string, carriers: CredentialCarriers): Credential | undefined {
  if (carriers.authorization) {
    const secret = BEARER.exec(carriers.authorization)?.[1];
    // A malformed Authorization header is a bad credential, not a missing one.
    return { secret: secret ?? "", source: "bearer" };
  }
  if (carriers.queryToken) return { secret: carriers.queryToken, source: "query" };
  const cookie = carriers.cookie && cookieValue(carriers.cookie, sessionCookieName(boardId));
  return cookie ? { secret: cookie, source: "cookie" } : undefined;
}
