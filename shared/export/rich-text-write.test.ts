import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { fragmentToJson, type RichTextNode } from "./rich-text";
import { fillFragment } from "./rich-text-write";

const notes: RichTextNode = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Aims" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Plain, " },
        { type: "text", text: "bold", marks: [{ type: "bold" }] },
        { type: "text", text: " and " },
        { type: "text", text: "linked", marks: [{ type: "link", attrs: { href: "https://example.org" } }] },
      ],
    },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] },
      ],
    },
    { type: "paragraph" },
  ],
};

describe("fillFragment", () => {
  it("writes Tiptap JSON that fragmentToJson reads back unchanged", () => {
    const doc = new Y.Doc();
    const map = doc.get("test", Y.Map) as Y.Map<unknown>;
    const fragment = new Y.XmlFragment();
    map.set("notes", fragment);
    fillFragment(fragment, notes);
    expect(fragmentToJson(fragment)).toEqual(notes);
  });
});
