import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { setText } from "./text";

describe("setText", () => {
  it("keeps a concurrent edit elsewhere in the text", () => {
    const a = new Y.Doc();
    const text = a.getText("t");
    text.insert(0, "Find finance");
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setText(text, "Find the right finance");
    setText(b.getText("t"), "Find finance now");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(text.toString()).toBe("Find the right finance now");
    expect(b.getText("t").toString()).toBe(text.toString());
  });
});
