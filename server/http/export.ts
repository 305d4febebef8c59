import { Hono } from "hono";
import { exportQuery } from "../../shared/api/schemas";
import { exportBoardJson } from "../../shared/export/board-json";
import { requireRole } from "../auth/require-role";
import type { AppDeps } from "./app-deps";
import { boardNotFound } from "./api-error";
import { parseInput } from "./validation";

/** A file-name-safe slug of the title: ASCII letters and digits joined by dashes. */
export function titleSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return slug || "board";
}

export function exportRoutes({ rooms, boardAccess }: Pick<AppDeps, "rooms" | "boardAccess">): Hono {
  return new Hono().get("/:id/export", requireRole(boardAccess, "viewer"), async (c) => {
    parseInput(exportQuery, c.req.query());
    const id = c.get("grant").boardId;
    const exported = await rooms.readDoc(id, (doc) => exportBoardJson(doc, id));
    if (!exported) throw boardNotFound();
    const filename = `${titleSlug(exported.board.title)}-${exported.exportedAt.slice(0, 10)}.json`;
    c.header("Content-Disposition", `attachment; filename="${filename}"`);
    c.header("Cache-Control", "no-store");
    return c.json(exported);
  });
}
