import { describe, expect, it } from "vitest";
import { addPartner, readBoard, setActionField } from "../../board";
import { exportBoardJson } from "../../export/board-json";
import { importBoardJson } from "../../export/import-board";
import { templateBoard, writeNotes } from "../testing/template-board";
import { matrixSection } from ".";

function editedBoard() {
  const doc = templateBoard();
  const action = readBoard(doc).cells.values().next().value![0]!;
  setActionField(doc, action.id, "owner", "Economic development team");
  addPartner(doc, action.id, "Co-operatives UK");
  writeNotes(doc, action.id, "Talk to ", "Plymouth Energy Community");
  return { doc, action };
}

describe("matrix section", () => {
  it("round-trips through the JSON export and import to an equal board, ids, order and notes included", () => {
    const { doc } = editedBoard();
    const exported = exportBoardJson(doc, "a".repeat(22));
    const imported = importBoardJson(JSON.parse(JSON.stringify(exported)));
    if (!imported.ok) throw new Error(imported.problem.message);
    const { exportedAt: _first, ...original } = exported;
    const { exportedAt: _second, ...copy } = exportBoardJson(imported.doc, "a".repeat(22));
    expect(copy).toEqual(original);
  });

  it("reports the matrix as a table of themes by columns and every action with its details", () => {
    const { doc, action } = editedBoard();
    const blocks = matrixSection.report(doc, "internal");
    const table = blocks.find((block) => block.kind === "table");
    expect(table).toMatchObject({ header: ["Theme", "Finance", "Support", "Inform"] });
    expect(table?.kind === "table" && table.rows).toHaveLength(4);
    expect(blocks).toContainEqual({ kind: "heading", level: 3, text: action.title });
    expect(blocks).toContainEqual(
      expect.objectContaining({
        kind: "keyValues",
        entries: expect.arrayContaining([{ key: "Partners", value: "Co-operatives UK" }]),
      }),
    );
    expect(blocks.some((block) => block.kind === "richText")).toBe(true);
  });

  it("counts themes, columns and actions for a snapshot's summary", () => {
    expect(matrixSection.summary(templateBoard())).toEqual({ themes: 4, columns: 3, actions: 12 });
  });
});
