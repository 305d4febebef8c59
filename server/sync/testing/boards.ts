import * as Y from "yjs";
import { listActions, readMeta } from "../../../shared/board";
import { findTemplate, seedBoard } from "../../../shared/templates";
import type { DocStore } from "../../storage/doc-store";

/** Create a board in `store` the way the HTTP API does: a seeded document as the initial state. */
export async function createTestBoard(store: DocStore, id: string, title = "Test plan"): Promise<void> {
  const now = new Date().toISOString();
  await store.createBoard(
    { id, title, template: "council-action-plan", createdAt: now, updatedAt: now },
    seededState(title),
  );
}

/** A new board's document: the council action plan template, seeded as the server does. */
export function seededState(title = "Test plan"): Uint8Array {
  const doc = new Y.Doc();
  seedBoard(doc, findTemplate("council-action-plan")!, { title, area: "Testshire" });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** What a test compares between replicas: the title and every action's title. */
export function boardContent(doc: Y.Doc): { title: string; actions: string[] } {
  return {
    title: readMeta(doc).title,
    actions: listActions(doc)
      .map((action) => action.title)
      .sort(),
  };
}
