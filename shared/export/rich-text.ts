import * as Y from "yjs";

/** ProseMirror/Tiptap JSON, as `editor.getJSON()` produces it. */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

function textNodes(text: Y.XmlText): RichTextNode[] {
  return text.toDelta().map((op: { insert: unknown; attributes?: Record<string, unknown> }) => {
    const node: RichTextNode = { type: "text", text: typeof op.insert === "string" ? op.insert : "" };
    const marks = Object.entries(op.attributes ?? {}).map(([type, attrs]) =>
      attrs && typeof attrs === "object" && Object.keys(attrs).length > 0
        ? { type, attrs: attrs as Record<string, unknown> }
        : { type },
    );
    if (marks.length > 0) node.marks = marks;
    return node;
  });
}

function elementNode(element: Y.XmlElement): RichTextNode {
  const node: RichTextNode = { type: element.nodeName };
  const attrs = element.getAttributes();
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = childNodes(element);
  if (content.length > 0) node.content = content;
  return node;
}

function childNodes(parent: Y.XmlFragment | Y.XmlElement): RichTextNode[] {
  return parent
    .toArray()
    .flatMap((child) =>
      child instanceof Y.XmlText
        ? textNodes(child)
        : child instanceof Y.XmlElement
          ? [elementNode(child)]
          : [],
    );
}

/** Tiptap's JSON for a notes fragment, read straight from Yjs (no editor needed on the server). */
export function fragmentToJson(fragment: Y.XmlFragment): RichTextNode {
  return { type: "doc", content: childNodes(fragment) };
}

const BLOCK_TYPES = new Set(["paragraph", "heading", "listItem", "blockquote", "codeBlock", "taskItem"]);

/** Plain text of rich-text JSON: blocks separated by newlines, list items prefixed with "- ". */
export function jsonToPlainText(node: RichTextNode): string {
  const lines: string[] = [];
  const walk = (current: RichTextNode, prefix: string): void => {
    if (current.type === "hardBreak") {
      lines.push("");
      return;
    }
    if (current.type === "tableRow") {
      // One line per row, its cells' text between bars, as a plain-text table reads.
      const cells = (current.content ?? []).map((cell) =>
        (cell.content ?? []).map(inlineText).join(" ").trim(),
      );
      lines.push(prefix + cells.join(" | "));
      return;
    }
    if (BLOCK_TYPES.has(current.type) && current.type !== "listItem") {
      const text = (current.content ?? []).map(inlineText).join("");
      lines.push(prefix + text);
      return;
    }
    for (const child of current.content ?? []) walk(child, current.type === "listItem" ? "- " : prefix);
  };
  walk(node, "");
  return lines.join("\n").trim();
}

function inlineText(node: RichTextNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}
