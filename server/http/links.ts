import { Hono } from "hono";
import { createLinkRequest, linkUrl, type CreatedLink, type LinkSummary } from "../../shared/api/roles";
import { ERROR_CODE } from "../../shared/api/schemas";
import { newRecordId } from "../../shared/board";
import type { LinkRecord } from "../storage/access-store";
import { forbidden, requireRole } from "../auth/require-role";
import { hashSecret, mintLinkToken } from "../auth/secrets";
import type { AppDeps } from "./app-deps";
import { ApiError } from "./api-error";
import { parseInput, readJsonBody } from "./validation";

function toLinkSummary({ id, role, label, createdAt, revokedAt }: LinkRecord): LinkSummary {
  return { id, role, label, createdAt, revokedAt };
}

/** The facilitator's share links: create (the token is shown once), list, revoke. */
export function linkRoutes({
  access,
  boardAccess,
  liveConnections,
  logger,
}: Pick<AppDeps, "access" | "boardAccess" | "liveConnections" | "logger">): Hono {
  const facilitator = requireRole(boardAccess, "facilitator");
  return new Hono()
    .post("/:id/links", facilitator, async (c) => {
      const input = parseInput(createLinkRequest, await readJsonBody(c));
      const boardId = c.get("grant").boardId;
      const token = mintLinkToken();
      const link = {
        id: newRecordId(),
        boardId,
        role: input.role,
        label: input.label || null,
        createdAt: new Date().toISOString(),
      };
      await access.createLink({ ...link, tokenHash: hashSecret(token) });
      logger.info("share link created", { boardId, linkId: link.id, role: link.role });
      const created: CreatedLink = { ...link, url: linkUrl(boardId, token), token };
      c.header("Cache-Control", "no-store");
      return c.json(created, 201);
    })
    .get("/:id/links", facilitator, async (c) => {
      const links = await access.listLinks(c.get("grant").boardId);
      c.header("Cache-Control", "no-store");
      return c.json({ links: links.map(toLinkSummary) });
    })
    .delete("/:id/links/:linkId", facilitator, async (c) => {
      const boardId = c.get("grant").boardId;
      const linkId = c.req.param("linkId");
      const link = (await access.listLinks(boardId)).find((candidate) => candidate.id === linkId);
      if (!link) throw new ApiError(404, ERROR_CODE.notFound, "this board has no such link");
      // Revoking the only facilitator link would lock everyone out of managing the board.
      if (link.role === "facilitator") throw forbidden("the facilitator link cannot be revoked");
      await access.revokeLink(boardId, linkId, new Date().toISOString());
      const closed = liveConnections.revoke(linkId);
      logger.info("share link revoked", { boardId, linkId, closedConnections: closed });
      return c.body(null, 204);
    });
}
