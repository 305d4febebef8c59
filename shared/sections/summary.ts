import type * as Y from "yjs";
import { BOARD_SECTIONS } from "./registry";

/** Record counts per section, e.g. `{ matrix: { themes: 4, columns: 3, actions: 12 } }` (a snapshot's summary). */
export function summariseBoard(doc: Y.Doc): Record<string, Record<string, number>> {
  return Object.fromEntries(BOARD_SECTIONS.map((section) => [section.id, section.summary(doc)]));
}
