import { describe, expect, it } from "vitest";
import type { BoardDiff, RecordChange } from "../../shared/diff/types";
import { boardMarks, changeLabel, removedFromBoard } from "./change-marks";

const record = (
  id: string,
  change: RecordChange["change"],
  type = "action",
  moved = false,
): RecordChange => ({
  change,
  section: "matrix",
  type,
  id,
  label: id,
  fields: [],
  moved,
});

const diff = (changes: RecordChange[]): BoardDiff => ({
  from: { id: "aaaaaaaaaaaa", label: "Workshop 1", createdAt: null },
  to: { id: "current", label: "Now", createdAt: null },
  changes,
  summary: { added: 0, removed: 0, changed: 0, moved: 0 },
});

describe("change marks", () => {
  const changes = diff([
    record("a1", "added"),
    record("a2", "changed", "action", true),
    record("a3", "moved", "action", true),
    record("a4", "removed"),
    record("t1", "changed", "theme"),
    record("c1", "added", "column"),
    record("c2", "moved", "column", true),
    record("t2", "removed", "theme"),
    record("c3", "removed", "column"),
    { ...record("s1", "changed", "stage"), section: "succession" },
    { ...record("b1", "removed", "business"), section: "succession" },
    record("board", "changed", "board"),
  ]);

  it("marks added, changed and moved actions, themes and columns, never removed ones or other records", () => {
    expect([...boardMarks(changes)]).toEqual([
      ["a1", "added"],
      ["a2", "changed"],
      ["a3", "moved"],
      ["t1", "changed"],
      ["c1", "added"],
      ["c2", "moved"],
    ]);
  });

  it("lists the removed actions, themes and columns apart", () => {
    expect(removedFromBoard(changes).map((change) => change.id)).toEqual(["a4", "t2", "c3"]);
  });

  it("says when a change also moved the record", () => {
    expect(changeLabel({ change: "changed", moved: true })).toBe("Changed and moved");
    expect(changeLabel({ change: "moved", moved: true })).toBe("Moved");
  });
});
