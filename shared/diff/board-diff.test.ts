import { describe, expect, it } from "vitest";
import {
  addAxisItem,
  addCoop,
  addPartner,
  createAction,
  createBusiness,
  deleteAction,
  deleteAxisItem,
  getActionTitleText,
  getAxisTitleText,
  getBoardTitleText,
  listAxis,
  listStages,
  moveAction,
  moveAxisItem,
  moveBusiness,
  readBoard,
  setActionField,
  setCoopFigure,
  setMetaField,
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

  it("yields exactly the plan details, column, due, milestone, succession and economy changes of a fixture", () => {
    const before = templateBoard();
    const [identified, engaged] = listStages(before);
    const business = createBusiness(before, { name: "Tamar Bakery", stageId: identified!.id });
    const coop = addCoop(before, {
      name: "Plymouth Energy Community",
      sector: "Energy",
      legalForm: "Community benefit society",
      ownershipType: "Community",
      status: "active",
      turnover: null,
      employees: null,
      members: null,
    });
    const monitor = addAxisItem(before, "column", "Monitor");
    const after = copyDoc(before);
    const view = readBoard(after);
    const [finance, support] = view.columns;
    const action = view.cells.get(`${view.themes[0]!.id}/${finance!.id}`)![0]!;

    setText(getBoardTitleText(after), "Plymouth Co-operative Plan");
    setMetaField(after, "area", "Plymouth and South Devon");
    setMetaField(after, "periodEnd", "2030");
    setText(getAxisTitleText(after, "column", support!.id)!, "Advice");
    deleteAxisItem(after, "column", monitor);
    const evaluate = addAxisItem(after, "column", "Evaluate");
    setActionField(after, action.id, "due", "2026-03-31");
    setActionField(after, action.id, "milestone", "Finance guide published");
    moveBusiness(after, business, engaged!.id, 0);
    setCoopFigure(after, coop, "turnover", { value: 250000, year: 2024, source: "Annual return" });

    const diff = diffBoards({ doc: before, version: versions.from }, { doc: after, version: versions.to });
    const changes = diff.changes.map(({ change, section, type, id, label, fields }) => ({
      change,
      section,
      type,
      id,
      label,
      fields: fields.map(({ key, before, after }) => ({ key, before, after })),
    }));
    expect(changes).toEqual([
      {
        change: "changed",
        section: "matrix",
        type: "board",
        id: "board",
        label: "Plan details",
        fields: [
          { key: "title", before: "Plymouth Co-op Plan", after: "Plymouth Co-operative Plan" },
          { key: "area", before: "Plymouth City Council", after: "Plymouth and South Devon" },
          { key: "periodEnd", before: "2028", after: "2030" },
        ],
      },
      {
        change: "changed",
        section: "matrix",
        type: "column",
        id: support!.id,
        label: "Advice",
        fields: [{ key: "title", before: "Support", after: "Advice" }],
      },
      {
        change: "removed",
        section: "matrix",
        type: "column",
        id: monitor,
        label: "Monitor",
        fields: [
          { key: "title", before: "Monitor", after: null },
          { key: "position", before: "4 of 4", after: null },
        ],
      },
      {
        change: "added",
        section: "matrix",
        type: "column",
        id: evaluate,
        label: "Evaluate",
        fields: [
          { key: "title", before: null, after: "Evaluate" },
          { key: "position", before: null, after: "4 of 4" },
        ],
      },
      {
        change: "changed",
        section: "matrix",
        type: "action",
        id: action.id,
        label: action.title,
        fields: [
          { key: "due", before: "", after: "2026-03-31" },
          { key: "milestone", before: "", after: "Finance guide published" },
        ],
      },
      {
        change: "moved",
        section: "succession",
        type: "business",
        id: business,
        label: "Tamar Bakery",
        fields: [{ key: "position", before: "Identified", after: "Engaged" }],
      },
      {
        change: "changed",
        section: "economy",
        type: "coop",
        id: coop,
        label: "Plymouth Energy Community",
        fields: [{ key: "turnover", before: "", after: "£250,000 (2024, Annual return)" }],
      },
    ]);
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 4, moved: 1 });
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
