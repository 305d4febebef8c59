import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readBoard, setActionField } from "../board";
import { templateBoard, writeNotes } from "../sections/testing/template-board";
import { actionsCsv, CSV_COLUMNS } from "./csv";

describe("[V6] actionsCsv", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])(
    "gives a cell starting %j a leading apostrophe",
    (owner) => {
      const doc = templateBoard();
      const action = [...readBoard(doc).cells.values()][0]![0]!;
      setActionField(doc, action.id, "owner", owner);
      const rows = Papa.parse<string[]>(actionsCsv(doc).slice(1)).data;
      expect(rows.find((row) => row[2] === action.title)![3]).toBe(`'${owner}`);
    },
  );

  it("starts with a byte-order mark, has the column header and notes as plain text on one cell", () => {
    const doc = templateBoard();
    const action = [...readBoard(doc).cells.values()][0]![0]!;
    writeNotes(doc, action.id, "First line");
    writeNotes(doc, action.id, "Second, with a comma");
    const csv = actionsCsv(doc);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(12);
    expect(rows.find((row) => row[2] === action.title)![8]).toBe("First line\nSecond, with a comma");
  });
});
