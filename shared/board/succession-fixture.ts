import * as Y from "yjs";
import { createSuccession } from "./succession-root";
import { DEFAULT_STAGES } from "./succession-defaults";
import { listStages } from "./succession-stages";
import { createBusiness, type NewBusiness } from "./succession-businesses";

/** A document with the default stages, as the server seeds it. */
export function successionDoc(): Y.Doc {
  const doc = new Y.Doc();
  createSuccession(doc, DEFAULT_STAGES);
  return doc;
}

export function stageId(doc: Y.Doc, name: string): string {
  const stage = listStages(doc).find((candidate) => candidate.name === name);
  if (!stage) throw new Error(`No stage named ${name}`);
  return stage.id;
}

/** Add a business to the stage called `stage`. */
export function addBusiness(
  doc: Y.Doc,
  stage: string,
  name: string,
  details: Omit<NewBusiness, "name" | "stageId"> = {},
): string {
  return createBusiness(doc, { name, stageId: stageId(doc, stage), ...details });
}
