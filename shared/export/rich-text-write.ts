import * as Y from "yjs";
import type { RichTextNode } from "./rich-text";

function markAttributes(node: RichTextNode): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const mark of node.marks ?? []) attributes[mark.type] = mark.attrs ?? {};
  return attributes;
}

/** Consecutive text nodes become one Y.XmlText, as y-prosemirror stores them. */
function writeChildren(parent: Y.XmlFragment | Y.XmlElement, nodes: readonly RichTextNode[]): void {
  let run: Y.XmlText | undefined;
  for (const node of nodes) {
    if (node.type === "text") {
      if (!run) {
        run = new Y.XmlText();
        parent.push([run]);
      }
      // Attributes are always given so that a run never inherits the marks of the one before it.
      run.insert(run.length, node.text ?? "", markAttributes(node));
      continue;
    }
    run = undefined;
    const element = new Y.XmlElement(node.type);
    parent.push([element]);
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      element.setAttribute(key, value as string);
    }
    writeChildren(element, node.content ?? []);
  }
}

/**
 * Write Tiptap JSON (as `fragmentToJson` reads it) into an empty fragment that is already part of a
 * document: the inverse of `fragmentToJson`, so an exported board imports to the same notes.
 */
export function fillFragment(fragment: Y.XmlFragment, json: RichTextNode): void {
  writeChildren(fragment, json.content ?? []);
}
