import { describe, expect, it } from "vitest";
import {
  addAxisItem,
  addPartner,
  createAction,
  deleteAction,
  getActionTitleText,
  getAxisTitleText,
  listAxis,
  moveAction,
  moveAxisItem,
  readBoard,
  setActionField,
  setText,
} from "../board";
import { copyDoc, templateBoard, writeNotes } from "../sections/testing/template-board";
import { diffBoards } from "./board-diff";

const versions = {
  from: { id: "s1", label: "S1", createdAt: null },
  to: { id: "current", label: "Now", createdAt: null },
};

describe("[V8] diffBoards", () => {
  it("reports nothing between two identical versions", () => {
    const doc = templateBoard();
    const diff = diffBoards({ doc, version: versions.from }, { doc: copyDoc(doc), version: versions.to });
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });
  });

  it("yields exactly a fixture's changes: added, removed, changed field by field, moved, text differences", () => {
    const before = templateBoard();
    const after = copyDoc(before);
    const view = readBoard(after);
    const [finance, support] = view.columns;
    const [firstTheme, secondTheme] = view.themes;
    const first = view.cells.get(`${firstTheme!.id}/${finance!.id}`)![0]!;
    const removed = view.cells.get(`${firstTheme!.id}/${support!.id}`)![0]!;
    const moved = view.cells.get(`${secondTheme!.id}/${finance!.id}`)![0]!;

    setText(
      getActionTitleText(after, first.id)!,
      "Find the right kind of finance for new start co-operatives",
    );
    setActionField(after, first.id, "owner", "Economic development team");
    addPartner(after, first.id, "Co-operatives UK");
    setActionField(after, first.id, "status", "planned");
    writeNotes(after, first.id, "Talk to the credit union");
    deleteAction(after, removed.id);
    moveAction(after, moved.id, secondTheme!.id, support!.id, 0);
    const added = createAction(after, {
      title: "Open a co-op hub",
      themeId: firstTheme!.id,
      columnId: finance!.id,
    });
    setText(getAxisTitleText(after, "theme", secondTheme!.id)!, "Pathways into co-operation");
    moveAxisItem(after, "column", listAxis(after, "column")[2]!.id, 0);
    const newTheme = addAxisItem(after, "theme", "Wellbeing");

    const diff = diffBoards({ doc: before, version: versions.from }, { doc: after, version: versions.to });
    const summary = diff.changes.map((change) => ({
      change: change.change,
      type: change.type,
      label: change.label,
      fields: change.fields.map((field) => field.key),
    }));
    expect(summary).toEqual(
      expect.arrayContaining([
        { change: "moved", type: "column", label: "Inform", fields: ["position"] },
        { change: "changed", type: "theme", label: "Pathways into co-operation", fields: ["title"] },
        { change: "added", type: "theme", label: "Wellbeing", fields: ["title", "position"] },
        {
          change: "changed",
          type: "action",
          label: "Find the right kind of finance for new start co-operatives",
          fields: ["title", "owner", "partners", "status", "notes"],
        },
        { change: "removed", type: "action", label: removed.title, fields: expect.any(Array) },
        { change: "moved", type: "action", label: moved.title, fields: ["position"] },
        { change: "added", type: "action", label: "Open a co-op hub", fields: expect.any(Array) },
      ]),
    );
    // Moving Inform to the front shifts Finance and Support one place, but their order keys are unchanged.
    expect(diff.changes).toHaveLength(7);
    expect(diff.summary).toEqual({ added: 2, removed: 1, changed: 2, moved: 2 });
    expect(diff.changes.map((change) => change.id)).toContain(newTheme);
    expect(diff.changes.map((change) => change.id)).toContain(added);

    const changed = diff.changes.find((change) => change.id === first.id)!;
    const field = (key: string) => changed.fields.find((item) => item.key === key)!;
    expect(field("title").textChanges).toEqual([
      { op: "equal", text: "Find the right " },
      { op: "delete", text: "type" },
      { op: "insert", text: "kind" },
      { op: "equal", text: " of finance for new start co-operatives" },
    ]);
    expect(field("owner")).toMatchObject({ before: "", after: "Economic development team" });
    expect(field("partners")).toMatchObject({
      before: [],
      after: ["Co-operatives UK"],
      added: ["Co-operatives UK"],
      removed: [],
    });
    expect(field("status")).toMatchObject({ kind: "value", before: "Idea", after: "Planned" });
    expect(field("notes")).toMatchObject({
      kind: "richText",
      before: "",
      after: "Talk to the credit union",
      textChanges: [{ op: "insert", text: "Talk to the credit union" }],
    });
    const move = diff.changes.find((change) => change.id === moved.id)!;
    expect(move.fields[0]).toMatchObject({
      kind: "position",
      before: `${secondTheme!.title} › Finance`,
      after: "Pathways into co-operation › Support",
    });
    expect(move.moved).toBe(true);
  });

  it("shows a rich-text edit inside existing notes as a word difference", () => {
    const before = templateBoard();
    const action = readBoard(before).cells.values().next().value![0]!;
    writeNotes(before, action.id, "Ask the credit union");
    const after = copyDoc(before);
    writeNotes(after, action.id, "Book the town hall");
    const diff = diffBoards({ doc: before, version: versions.from }, { doc: after, version: versions.to });
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]!.fields[0]!.textChanges).toEqual([
      { op: "equal", text: "Ask the credit union" },
      { op: "insert", text: "\nBook the town hall" },
    ]);
  });
});
