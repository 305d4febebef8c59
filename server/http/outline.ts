import { Hono } from "hono";
import { readBoardOutline } from "../../shared/board/board-outline";
import { requireRole } from "../auth/require-role";
import type { AppDeps } from "./app-deps";
import { boardNotFound } from "./api-error";

/**
 * The board's matrix as plain data for the page's read-only first view: the browser draws it from
 * this one small answer while the app's scripts and the live document are still loading. Any role
 * may read it (it holds only what every role's live matrix shows: no notes, no succession pipeline).
 */
export function outlineRoutes({ rooms, boardAccess }: Pick<AppDeps, "rooms" | "boardAccess">): Hono {
  return new Hono().get("/:id/outline", requireRole(boardAccess, "viewer"), async (c) => {
    // Stored content only, as the sync shows it (S7): nothing that a failed write could still take back.
    const outline = await rooms.readDurableDoc(c.get("grant").boardId, readBoardOutline);
    if (!outline) throw boardNotFound();
    // Behind a credential: no shared cache may keep it, and the live board changes it any moment.
    c.header("Cache-Control", "no-store");
    return c.json(outline);
  });
}
