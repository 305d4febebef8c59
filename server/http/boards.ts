import { Hono } from "hono";
import * as Y from "yjs";
import { createBoardRequest, type CreateBoardRequest } from "../../shared/api/schemas";
import { isBoardId, newBoardId, readMeta } from "../../shared/board";
import { findTemplate, seedBoard } from "../../shared/templates";
import type { BoardRecord } from "../storage/doc-store";
import type { AppDeps } from "./app-deps";
import { boardNotFound } from "./api-error";
import { toBoardSummary } from "./board-summary";
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

export function boardRoutes({ store, rooms }: Pick<AppDeps, "store" | "rooms">): Hono {
  return new Hono()
    .post("/", async (c) => {
      const input = parseInput(createBoardRequest, await readJsonBody(c));
      const { update, meta } = seededState(input);
      const record: BoardRecord = {
        id: newBoardId(),
        title: meta.title,
        template: meta.template,
        createdAt: meta.createdAt,
        updatedAt: meta.createdAt,
      };
      await store.createBoard(record, update);
      c.header("Location", `/api/boards/${record.id}`);
      return c.json(toBoardSummary(record, meta), 201);
    })
    .get("/:id", async (c) => {
      const id = c.req.param("id");
      // A malformed id is "not found" too, so the answer does not reveal the id format.
      if (!isBoardId(id)) throw boardNotFound();
      const record = await store.getBoard(id);
      if (!record) throw boardNotFound();
      const meta = await rooms.readDoc(id, readMeta);
      if (!meta) throw boardNotFound();
      return c.json(toBoardSummary(record, meta));
    });
}
