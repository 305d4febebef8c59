import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAxisItem } from "./axes";
import { createAction, getActionNotes, moveAction, setActionField } from "./actions";
import { getBoardTitleText, setMetaField } from "./meta";
import { readBoardOutline } from "./board-outline";

describe("readBoardOutline", () => {
  it("lays the cards out as the matrix does: themes as rows, columns in order, each cell in board order", () => {
    const doc = new Y.Doc();
    getBoardTitleText(doc).insert(0, "Plymouth plan");
    setMetaField(doc, "area", "Plymouth City Council");
    const finance = addAxisItem(doc, "column", "Finance");
    const support = addAxisItem(doc, "column", "Support");
    const formation = addAxisItem(doc, "theme", "Formation");
    const growth = addAxisItem(doc, "theme", "Growth");
    const first = createAction(doc, {
      title: "Find finance",
      themeId: formation,
      columnId: finance,
      owner: "Council",
      partners: ["Co-operatives UK", "Bank"],
    });
    const second = createAction(doc, { title: "Loan fund", themeId: formation, columnId: finance });
    createAction(doc, { title: "Advice line", themeId: growth, columnId: support });
    // Moved to the top of its cell: the outline follows the order, not the creation.
    moveAction(doc, second, formation, finance, 0);
    setActionField(doc, first, "status", "done");
    setActionField(doc, first, "due", "2026-03-31");
    getActionNotes(doc, first)!.insert(0, [new Y.XmlElement("paragraph")]);

    const outline = readBoardOutline(doc);
    expect(outline.title).toBe("Plymouth plan");
    expect(outline.area).toBe("Plymouth City Council");
    expect(outline.columns).toEqual(["Finance", "Support"]);
    expect(outline.rows.map((row) => row.title)).toEqual(["Formation", "Growth"]);
    const [formationRow, growthRow] = outline.rows;
    expect(formationRow!.cells[0]!.map((card) => card.title)).toEqual(["Loan fund", "Find finance"]);
    expect(formationRow!.cells[0]![1]).toEqual({
      title: "Find finance",
      owner: "Council",
      status: "done",
      due: "2026-03-31",
      milestone: "",
      partnerCount: 2,
    });
    expect(formationRow!.cells[1]).toEqual([]);
    expect(growthRow!.cells[1]!.map((card) => card.title)).toEqual(["Advice line"]);
    expect(outline.placedCount).toBe(3);
    expect(outline.unplacedCount).toBe(0);
  });

  it("counts apart the actions whose theme is gone, as the live board does, and holds no ids or notes", () => {
    const doc = new Y.Doc();
    const column = addAxisItem(doc, "column", "Inform");
    const kept = addAxisItem(doc, "theme", "Kept theme");
    // As after a theme deleted on one device while another added an action to it.
    const orphan = createAction(doc, { title: "Orphan", themeId: "goneThemeId0", columnId: column });
    createAction(doc, { title: "Placed", themeId: kept, columnId: column });

    const outline = readBoardOutline(doc);
    expect(outline.rows.map((row) => row.title)).toEqual(["Kept theme"]);
    expect(outline.placedCount).toBe(1);
    expect(outline.unplacedCount).toBe(1);
    expect(JSON.stringify(outline)).not.toContain(orphan);
  });
});
