import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { RICH_TEXT_MARKS, RICH_TEXT_NODES } from "./schema";

describe("editor schema against Tiptap", () => {
  it("[E2] names exactly the nodes and marks of StarterKit 3.31.3 as the client configures it", () => {
    const schema = getSchema([StarterKit.configure({ undoRedo: false, heading: { levels: [3, 4] } })]);
    expect(Object.keys(schema.nodes).sort()).toEqual([...RICH_TEXT_NODES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...RICH_TEXT_MARKS].sort());
    expect(Object.keys(schema.marks.link!.spec.attrs ?? {}).sort()).toEqual([
      "class",
      "href",
      "rel",
      "target",
      "title",
    ]);
  });
});
