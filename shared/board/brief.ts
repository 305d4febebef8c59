import type * as Y from "yjs";
import { briefRoot } from "./roots";

/** The consultant brief: one rich-text fragment that Tiptap's Collaboration extension edits. */
export function getBriefFragment(doc: Y.Doc): Y.XmlFragment {
  return briefRoot(doc);
}

export function isBriefEmpty(doc: Y.Doc): boolean {
  return briefRoot(doc).length === 0;
}
