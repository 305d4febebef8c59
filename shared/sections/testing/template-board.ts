import * as Y from "yjs";
import { getActionNotes } from "../../board/actions";
import { councilActionPlan } from "../../templates/council-action-plan";
import { seedBoard } from "../../templates";

/** A board seeded from the council template, as the server creates it. */
export function templateBoard(title = "Plymouth Co-op Plan"): Y.Doc {
  const doc = new Y.Doc();
  seedBoard(doc, councilActionPlan, {
    title,
    area: "Plymouth City Council",
    periodStart: "2025",
    periodEnd: "2028",
  });
  return doc;
}

/** An independent copy of a document (as a snapshot restores it). */
export function copyDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Write one paragraph into an action's notes, as Tiptap would: a paragraph holding a text run. */
export function writeNotes(doc: Y.Doc, actionId: string, text: string, bold?: string): void {
  const notes = getActionNotes(doc, actionId)!;
  doc.transact(() => {
    const paragraph = new Y.XmlElement("paragraph");
    const run = new Y.XmlText();
    paragraph.insert(0, [run]);
    notes.insert(notes.length, [paragraph]);
    run.insert(0, text);
    if (bold) run.insert(run.length, bold, { bold: {} });
  });
}
