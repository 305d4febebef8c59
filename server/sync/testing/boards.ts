import * as Y from "yjs";
import { getBoardTitleText, listActions } from "../../../shared/board";
import { findTemplate, seedBoard } from "../../../shared/templates";
import type { DocStore } from "../../storage/doc-store";

/** Create a board in `store` the way the HTTP API does: a seeded document as the initial state. */
export async function createTestBoard(store: DocStore, id: string, title = "Test plan"): Promise<void> {
  const doc = new Y.Doc();
  seedBoard(doc, findTemplate("council-action-plan")!, { title, area: "Testshire" });
  const now = new Date().toISOString();
  await store.createBoard(
    { id, title, template: "council-action-plan", createdAt: now, updatedAt: now },
    Y.encodeStateAsUpdate(doc),
  );
  doc.destroy();
}

/** What a test compares between replicas: the title and every action's title. */
export function boardContent(doc: Y.Doc): { title: string; actions: string[] } {
  return {
    title: getBoardTitleText(doc).toString(),
    actions: listActions(doc)
      .map((action) => action.title)
      .sort(),
  };
}
