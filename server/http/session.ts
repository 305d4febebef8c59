import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { sessionCookieName, type AccessInfo } from "../../shared/api/roles";
import { requireRole } from "../auth/require-role";
import { hashSecret, mintSessionSecret } from "../auth/secrets";
import type { AppDeps } from "./app-deps";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function isHttps(url: string, forwardedProto: string | undefined): boolean {
  return new URL(url).protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}

/** Trade a link token for a browser session cookie; tell any credential holder its role. */
export function sessionRoutes({ access, boardAccess }: Pick<AppDeps, "access" | "boardAccess">): Hono {
  const anyone = requireRole(boardAccess, "viewer");
  return new Hono()
    .post("/:id/session", anyone, async (c) => {
      const { boardId, role, linkId } = c.get("grant");
      const secret = mintSessionSecret();
      const now = new Date();
      await access.createSession({
        secretHash: hashSecret(secret),
        boardId,
        linkId,
        role,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000).toISOString(),
      });
      setCookie(c, sessionCookieName(boardId), secret, {
        httpOnly: true,
        sameSite: "Strict",
        path: "/",
        maxAge: SESSION_MAX_AGE_SECONDS,
        secure: isHttps(c.req.url, c.req.header("x-forwarded-proto")),
      });
      c.header("Cache-Control", "no-store");
      return c.json({ boardId, role } satisfies AccessInfo);
    })
    .get("/:id/me", anyone, (c) => {
      const { boardId, role } = c.get("grant");
      c.header("Cache-Control", "no-store");
      return c.json({ boardId, role } satisfies AccessInfo);
    });
}
