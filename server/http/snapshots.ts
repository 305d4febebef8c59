import { Hono } from "hono";
import * as Y from "yjs";
import { z } from "zod";
import { hasRole } from "../../shared/api/roles";
import {
  confidentialBusinessIds,
  markConfidential,
  redactConfidentialDoc,
} from "../../shared/board/succession-redact";
import { createSnapshotRequest, SNAPSHOT_ID_PATTERN, type SnapshotList } from "../../shared/api/snapshots";
import type { SnapshotWithState } from "../../shared/api/snapshots";
import { requireRole } from "../auth/require-role";
import { SnapshotLimitError, toMetadata } from "../snapshots/snapshot-service";
import type { AppDeps } from "./app-deps";
import { boardNotFound } from "./api-error";
import { snapshotLimit, snapshotNotFound } from "./snapshot-errors";
import { parseInput, readJsonBody } from "./validation";

const snapshotParam = z.object({
  snapshotId: z.string().regex(SNAPSHOT_ID_PATTERN, "snapshot id must be 12 letters or digits"),
});

/**
 * The snapshot's state as a viewer may hold it: a copy with each business confidential then or now
 * redacted.
 */
function redactedState(state: Uint8Array, confidentialNow: ReadonlySet<string>): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    markConfidential(doc, confidentialNow);
    redactConfidentialDoc(doc);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** Named versions: save (facilitator), list and read (any role), delete and restore (facilitator). */
export function snapshotRoutes({
  boardAccess,
  snapshots,
  rooms,
}: Pick<AppDeps, "boardAccess" | "snapshots" | "rooms">): Hono {
  return new Hono()
    .post("/:id/snapshots", requireRole(boardAccess, "facilitator"), async (c) => {
      const input = parseInput(createSnapshotRequest, await readJsonBody(c));
      const created = await snapshots
        .create(c.get("grant").boardId, { ...input, kind: "named" })
        .catch((error: unknown) => {
          if (error instanceof SnapshotLimitError) throw snapshotLimit(error.message);
          throw error;
        });
      if (!created) throw boardNotFound();
      c.header("Location", `/api/boards/${c.get("grant").boardId}/snapshots/${created.id}`);
      return c.json(created, 201);
    })
    .get("/:id/snapshots", requireRole(boardAccess, "viewer"), async (c) => {
      const list: SnapshotList = { snapshots: await snapshots.list(c.get("grant").boardId) };
      c.header("Cache-Control", "no-store");
      return c.json(list);
    })
    .get("/:id/snapshots/:snapshotId", requireRole(boardAccess, "viewer"), async (c) => {
      const { snapshotId } = parseInput(snapshotParam, c.req.param());
      const { boardId, role } = c.get("grant");
      const snapshot = await snapshots.get(boardId, snapshotId);
      if (!snapshot) throw snapshotNotFound();
      const state = hasRole(role, "editor")
        ? snapshot.state
        : redactedState(
            snapshot.state,
            (await rooms.readDurableDoc(boardId, confidentialBusinessIds)) ?? new Set(),
          );
      const body: SnapshotWithState = {
        ...toMetadata(snapshot.record),
        state: Buffer.from(state).toString("base64"),
      };
      c.header("Cache-Control", "no-store");
      return c.json(body);
    })
    .delete("/:id/snapshots/:snapshotId", requireRole(boardAccess, "facilitator"), async (c) => {
      const { snapshotId } = parseInput(snapshotParam, c.req.param());
      if (!(await snapshots.delete(c.get("grant").boardId, snapshotId))) throw snapshotNotFound();
      return c.body(null, 204);
    })
    .post("/:id/snapshots/:snapshotId/restore", requireRole(boardAccess, "facilitator"), async (c) => {
      const { snapshotId } = parseInput(snapshotParam, c.req.param());
      const result = await snapshots.restore(c.get("grant").boardId, snapshotId);
      if (!result) throw snapshotNotFound();
      return c.json(result);
    });
}
