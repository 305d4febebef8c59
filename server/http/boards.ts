import { Hono } from "hono";
import * as Y from "yjs";
import { createBoardRequest, type CreateBoardRequest } from "../../shared/api/schemas";
import { readMeta } from "../../shared/board";
import { findTemplate, seedBoard } from "../../shared/templates";
import { boardCreationPolicy } from "../auth/board-creation";
import { requireRole } from "../auth/require-role";
import type { AppDeps } from "./app-deps";
import { boardNotFound } from "./api-error";
import { toBoardSummary } from "./board-summary";
import { storeNewBoard } from "./new-board";
import { parseInput, readJsonBody } from "./validation";

/** A new board's first state: the template seeded on the server, never by a client. */
function seededState(input: CreateBoardRequest) {
  const template = findTemplate(input.template);
  if (!template) throw new Error(`template ${input.template} passed validation but does not exist`);
  const doc = new Y.Doc();
  seedBoard(doc, template, input);
  const state = { update: Y.encodeStateAsUpdate(doc), meta: readMeta(doc) };
  doc.destroy();
  return state;
}

export function boardRoutes({
  store,
  access,
  boardAccess,
  rooms,
  config,
}: Pick<AppDeps, "store" | "access" | "boardAccess" | "rooms" | "config">): Hono {
  return new Hono()
    .post("/", boardCreationPolicy(config), async (c) => {
      const input = parseInput(createBoardRequest, await readJsonBody(c));
      const { update, meta } = seededState(input);
      const created = await storeNewBoard(access, update, meta, meta.createdAt);
      c.header("Location", `/api/boards/${created.id}`);
      c.header("Cache-Control", "no-store");
      return c.json(created, 201);
    })
    .get("/:id", requireRole(boardAccess, "viewer"), async (c) => {
      const id = c.get("grant").boardId;
      const record = await store.getBoard(id);
      if (!record) throw boardNotFound();
      const meta = await rooms.readDoc(id, readMeta);
      if (!meta) throw boardNotFound();
      return c.json(toBoardSummary(record, meta));
    });
}
