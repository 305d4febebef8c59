import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getBoardTitleText } from "../../shared/board";
import { shiftPosition, type TextDelta } from "./shift-position";

describe("shiftPosition", () => {
  it("moves the caret right when text is inserted before it and keeps it when inserted after", () => {
    expect(shiftPosition([{ insert: "ab" }], 3)).toBe(5);
    expect(shiftPosition([{ retain: 5 }, { insert: "ab" }], 3)).toBe(3);
    expect(shiftPosition([{ retain: 3 }, { insert: "ab" }], 3)).toBe(3);
  });

  it("pulls the caret left for deletions before it, clamping inside a deleted range", () => {
    expect(shiftPosition([{ delete: 2 }], 5)).toBe(3);
    expect(shiftPosition([{ retain: 2 }, { delete: 5 }], 4)).toBe(2);
    expect(shiftPosition([{ retain: 6 }, { delete: 2 }], 4)).toBe(4);
  });

  it("follows a real remote Y.Text edit", () => {
    const local = new Y.Doc();
    const text = getBoardTitleText(local);
    text.insert(0, "Find finance");
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    getBoardTitleText(remote).insert(0, "Please ");
    let delta: TextDelta[] = [];
    text.observe((event) => (delta = event.delta as TextDelta[]));
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    // A caret after "Find" (index 4) stays after "Find".
    const caret = shiftPosition(delta, 4);
    expect(text.toString().slice(0, caret)).toBe("Please Find");
  });
});
