import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { RICH_TEXT_MARKS, RICH_TEXT_NODES } from "../../shared/editor/schema";
import { contentExtensions } from "./notes-extensions";

describe("editor schema against Tiptap", () => {
  it("[E2] names exactly the nodes and marks of the editors' StarterKit and TableKit 3.31.3", () => {
    for (const editable of [true, false]) {
      const schema = getSchema(contentExtensions(editable));
      expect(Object.keys(schema.nodes).sort()).toEqual([...RICH_TEXT_NODES].sort());
      expect(Object.keys(schema.marks).sort()).toEqual([...RICH_TEXT_MARKS].sort());
      expect(Object.keys(schema.marks.link!.spec.attrs ?? {}).sort()).toEqual([
        "class",
        "href",
        "rel",
        "target",
        "title",
      ]);
    }
  });
});
