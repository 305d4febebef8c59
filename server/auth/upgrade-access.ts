import type { IncomingMessage } from "node:http";
import { permissionOf } from "./permission";
import type { BoardAccess } from "./board-access";
import { readCredential } from "./credentials";
import type { UpgradeAuthorizer } from "../transport/sync-transport";

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The sync socket's check at the HTTP upgrade: `?token=`, a bearer header or the session cookie. */
export function authorizeUpgrade(access: BoardAccess): UpgradeAuthorizer {
  return async (request, boardId) => {
    const query = new URL(request.url ?? "/", "http://upgrade.invalid").searchParams;
    const decision = await access.check({
      boardId,
      credential: readCredential(boardId, {
        authorization: header(request, "authorization"),
        cookie: header(request, "cookie"),
        queryToken: query.get("token"),
      }),
      origin: header(request, "origin"),
      host: header(request, "host"),
      needsOrigin: true,
    });
    if (!decision.ok) return { ok: false, status: decision.status };
    const { role, linkId } = decision.grant;
    return { ok: true, permission: permissionOf(role), linkId, role };
  };
}
