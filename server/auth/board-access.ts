import type { Role } from "../../shared/api/roles";
import type { AccessStore } from "../storage/access-store";
import type { Credential } from "./credentials";
import type { OriginPolicy } from "./origin-policy";
import { hashSecret, isWellFormedSecret, LINK_TOKEN_PREFIX } from "./secrets";

/** Who a request is, once its credential checked out: what the routes and the sync socket act on. */
export interface Grant {
  boardId: string;
  role: Role;
  /** The share link the credential is (or was exchanged from): revoking it ends the grant. */
  linkId: string;
}

export interface AccessRequest {
  boardId: string;
  credential: Credential | undefined;
  origin: string | undefined;
  host: string | undefined;
  /**
   * A cookie-authenticated request that changes state or opens a socket must name an allowed
   * Origin: browsers always send one there, so its absence means a forged or non-browser request.
   */
  needsOrigin: boolean;
}

export type AccessDecision = { ok: true; grant: Grant } | { ok: false; status: 401 | 403; message: string };

export interface BoardAccess {
  check(request: AccessRequest): Promise<AccessDecision>;
  /** The grant a secret carries (no Origin or board checks), or undefined for an unknown or dead one. */
  resolve(secret: string): Promise<Grant | undefined>;
}

const refuse = (status: 401 | 403, message: string): AccessDecision => ({ ok: false, status, message });

export function createBoardAccess(
  access: AccessStore,
  origins: OriginPolicy,
  now: () => Date = () => new Date(),
): BoardAccess {
  const resolve = async (secret: string): Promise<Grant | undefined> => {
    if (!isWellFormedSecret(secret)) return undefined;
    const hash = hashSecret(secret);
    if (secret.startsWith(LINK_TOKEN_PREFIX)) {
      const link = await access.findLink(hash);
      if (!link || link.revokedAt !== null) return undefined;
      return { boardId: link.boardId, role: link.role, linkId: link.id };
    }
    const session = await access.findSession(hash, now().toISOString());
    return session && { boardId: session.boardId, role: session.role, linkId: session.linkId };
  };

  return {
    resolve,
    async check({ boardId, credential, origin, host, needsOrigin }) {
      if (!credential) return refuse(401, "a credential is required: a link token or a session");
      if (origin !== undefined && !origins.allows(origin, host)) {
        return refuse(403, "requests from this origin are not allowed");
      }
      if (credential.source === "cookie" && needsOrigin && origin === undefined) {
        return refuse(403, "a cookie-authenticated request must carry an Origin header");
      }
      const grant = await resolve(credential.secret);
      if (!grant) return refuse(401, "the credential is not valid (unknown, expired or revoked)");
      if (grant.boardId !== boardId) return refuse(403, "the credential is for another board");
      return { ok: true, grant };
    },
  };
}
