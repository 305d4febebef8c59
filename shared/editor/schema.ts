/**
 * The rich-text schema of action notes, as Tiptap's StarterKit and TableKit (3.31.3) store it through
 * y-tiptap: block and inline nodes become Y.XmlElements named after the node, text becomes
 * Y.XmlText, and marks become text formats named after the mark. The server refuses anything else.
 */

/** Node names stored as Y.XmlElement. (`doc` is the notes Y.XmlFragment itself, `text` is Y.XmlText.) */
export const RICH_TEXT_ELEMENTS = [
  "paragraph",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "codeBlock",
  "horizontalRule",
  "hardBreak",
  // Tiptap's TableKit (@tiptap/extension-table): the brief's baseline is inserted as a table.
  "table",
  "tableRow",
  "tableHeader",
  "tableCell",
] as const;

/** Every node of the editor schema, including the ones Yjs stores as other types. */
export const RICH_TEXT_NODES = ["doc", "text", ...RICH_TEXT_ELEMENTS] as const;

export const RICH_TEXT_MARKS = ["bold", "italic", "strike", "code", "underline", "link"] as const;

/** The attributes a link mark may carry (Tiptap's Link: href, target, rel, class, title). */
export const LINK_ATTRIBUTES = ["href", "target", "rel", "class", "title"] as const;

export const LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

export const MAX_LINK_HREF_LENGTH = 2048;

export type RichTextMark = (typeof RICH_TEXT_MARKS)[number];

// y-tiptap names a mark that may overlap itself `<name>--<8-character hash>`.
const HASHED_MARK = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

/** Whether a Yjs text format key is one of the editor's marks (possibly in its hashed form). */
export function markOfFormat(key: string): RichTextMark | undefined {
  const name = HASHED_MARK.exec(key)?.[1] ?? key;
  return (RICH_TEXT_MARKS as readonly string[]).includes(name) ? (name as RichTextMark) : undefined;
}

export function isAllowedElement(nodeName: string): boolean {
  return (RICH_TEXT_ELEMENTS as readonly string[]).includes(nodeName);
}

/**
 * Whether a link may point at `href`: an absolute http, https or mailto URL, parsed the way a
 * browser parses it (so `java\tscript:` and ` javascript:` are caught). Use it for Tiptap Link's
 * `isAllowedUri`, and on the server for every link mark.
 */
export function isAllowedLinkHref(href: unknown): boolean {
  if (typeof href !== "string" || href.length === 0 || href.length > MAX_LINK_HREF_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return (LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
}

/** Whether a link mark's attributes (as y-tiptap stores them) are allowed; `null` ends a link. */
export function isAllowedLinkAttributes(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== "object" || Array.isArray(value)) return false;
  for (const [key, attribute] of Object.entries(value as Record<string, unknown>)) {
    if (!(LINK_ATTRIBUTES as readonly string[]).includes(key)) return false;
    if (key === "href" ? !isAllowedLinkHref(attribute) : attribute !== null && typeof attribute !== "string")
      return false;
  }
  return "href" in value;
}
