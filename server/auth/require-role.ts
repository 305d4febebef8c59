import { createMiddleware } from "hono/factory";
import { hasRole, type Role } from "../../shared/api/roles";
import { ERROR_CODE } from "../../shared/api/schemas";
import { BOARD_ID_LENGTH, isBoardId } from "../../shared/board/ids";
import { ApiError } from "../http/api-error";
import type { BoardAccess, Grant } from "./board-access";
import { readCredential } from "./credentials";

/** Routes behind `requireRole` find the caller's grant in `c.get("grant")`. */
export type GrantEnv = { Variables: { grant: Grant } };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function unauthorized(message: string): ApiError {
  return new ApiError(401, ERROR_CODE.unauthorized, message);
}

export function forbidden(message: string): ApiError {
  return new ApiError(403, ERROR_CODE.forbidden, message);
}

/**
 * Authorise a `/api/boards/:id/...` request: 400 for an id that cannot be a board's (checked before
 * anything is looked up), 401 without a valid credential, 403 for another board, a disallowed Origin
 * or a role below `minimum`.
 */
export function requireRole(access: BoardAccess, minimum: Role) {
  return createMiddleware<GrantEnv>(async (c, next) => {
    const boardId = c.req.param("id") ?? "";
    if (!isBoardId(boardId)) {
      throw new ApiError(
        400,
        ERROR_CODE.validation,
        `id: a board id is ${BOARD_ID_LENGTH} letters or digits`,
      );
    }
    const decision = await access.check({
      boardId,
      credential: readCredential(boardId, {
        authorization: c.req.header("authorization"),
        cookie: c.req.header("cookie"),
      }),
      origin: c.req.header("origin"),
      host: new URL(c.req.url).host,
      needsOrigin: !SAFE_METHODS.has(c.req.method),
    });
    if (!decision.ok) {
      throw decision.status === 401 ? unauthorized(decision.message) : forbidden(decision.message);
    }
    if (!hasRole(decision.grant.role, minimum)) {
      throw forbidden(`this needs the ${minimum} role; the credential has ${decision.grant.role}`);
    }
    c.set("grant", decision.grant);
    await next();
  });
}
