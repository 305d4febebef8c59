import { Hono } from "hono";
import { diffQuery } from "../../shared/api/snapshots";
import { hasRole } from "../../shared/api/roles";
import { redactConfidentialDoc } from "../../shared/board/succession-redact";
import { diffBoards } from "../../shared/diff/board-diff";
import { requireRole } from "../auth/require-role";
import { applyConfidentialNow, loadBoardVersion } from "../snapshots/board-version";
import type { AppDeps } from "./app-deps";
import { versionOr404 } from "./snapshot-errors";
import { parseInput } from "./validation";

/**
 * Compare two versions of a board (snapshots or "current"): the BoardDiff of shared/diff/types.ts.
 * Viewers compare redacted copies, so a confidential business shows no more than its stage and place.
 */
export function diffRoutes({
  boardAccess,
  rooms,
  snapshots,
}: Pick<AppDeps, "boardAccess" | "rooms" | "snapshots">): Hono {
  return new Hono().get("/:id/diff", requireRole(boardAccess, "viewer"), async (c) => {
    const { from, to } = parseInput(diffQuery, c.req.query());
    const { boardId, role } = c.get("grant");
    const redact = !hasRole(role, "editor");
    const before = versionOr404(await loadBoardVersion(rooms, snapshots, boardId, from));
    try {
      const after = versionOr404(await loadBoardVersion(rooms, snapshots, boardId, to));
      try {
        if (redact) {
          for (const version of [before, after]) {
            await applyConfidentialNow(rooms, boardId, version);
            redactConfidentialDoc(version.doc);
          }
        }
        c.header("Cache-Control", "no-store");
        return c.json(diffBoards(before, after));
      } finally {
        after.doc.destroy();
      }
    } finally {
      before.doc.destroy();
    }
  });
}
