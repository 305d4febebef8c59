import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  addCoop,
  addGoal,
  chooseLocalAuthority,
  getBriefFragment,
  readBoard,
  removeCoop,
  restoreDocument,
  setCoopFigure,
  setDenominator,
} from "../../board";
import { diffBoards } from "../../diff/board-diff";
import { exportBoardJson } from "../../export/board-json";
import { importBoardJson } from "../../export/import-board";
import { renderMarkdown } from "../../export/markdown";
import { buildBoardReport } from "../../export/board-report";
import { copyDoc, templateBoard } from "../testing/template-board";
import { briefSection } from "../brief";
import { economySection } from ".";

const version = { id: "current", label: "Live board", createdAt: null };
const ATTRIBUTION = "Contains data from Co-operatives UK (ODC-By 1.0)";

const exportSchema = z.fromJSONSchema(
  JSON.parse(
    readFileSync(new URL("../../../docs/export.schema.json", import.meta.url), "utf8"),
  ) as Parameters<typeof z.fromJSONSchema>[0],
);

function economyBoard() {
  const doc = templateBoard();
  const actionId = readBoard(doc).cells.values().next().value![0]!.id;
  chooseLocalAuthority(doc, "Plymouth", [
    {
      id: "R1",
      name: "Plymouth Energy Community",
      sector: "Energy",
      legalForm: "Society",
      ownershipType: "Consumers",
      sicCode: "",
      postcode: "",
    },
    {
      id: "R2",
      name: "Tamar Grow Local",
      sector: "Food",
      legalForm: "Company",
      ownershipType: "Multi-stakeholder",
      sicCode: "",
      postcode: "",
    },
  ]);
  setDenominator(doc, "population", { value: 262_839, year: 2020, source: "ONS mid-2020" });
  setCoopFigure(doc, "R1", "turnover", { value: 1_800_000, year: 2023, source: "Annual report" });
  addGoal(doc, {
    measure: "number",
    baselineValue: 23,
    baselineYear: 2018,
    targetValue: 46,
    targetYear: 2025,
    milestones: [{ year: 2022, target: 36, actual: 31 }],
    actionIds: [actionId],
  });
  return doc;
}

describe("economy and brief sections", () => {
  it("round-trip through the JSON export and import, ids, figures, goals and the brief included", () => {
    const doc = economyBoard();
    const exported = exportBoardJson(doc, "a".repeat(22));
    expect(exported.economy).toMatchObject({ attribution: ATTRIBUTION, localAuthority: "Plymouth" });
    expect(exported.brief).toMatchObject({ text: expect.stringContaining("Evaluation criteria") });
    const imported = importBoardJson(JSON.parse(JSON.stringify(exported)));
    if (!imported.ok) throw new Error(imported.problem.message);
    const { exportedAt: _first, ...original } = exported;
    const { exportedAt: _second, ...copy } = exportBoardJson(imported.doc, "a".repeat(22));
    expect(copy).toEqual(original);
  });

  it("matches the documented export schema (docs/export.schema.json)", () => {
    const exported = JSON.parse(JSON.stringify(exportBoardJson(economyBoard(), "a".repeat(22))));
    expect(exportSchema.safeParse(exported).error).toBeUndefined();
    exported.economy.coops[0].status = "dormant";
    expect(exportSchema.safeParse(exported).success).toBe(false);
  });

  it("refuses an import with a negative turnover, naming the field", () => {
    const exported = JSON.parse(JSON.stringify(exportBoardJson(economyBoard(), "a".repeat(22))));
    exported.economy.coops[0].turnover = { value: -1, year: 2023, source: "x" };
    const imported = importBoardJson(exported);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.problem.issues[0]?.path).toBe("economy.coops.0.turnover.value");
  });

  it("reports the measures with coverage, the goals and the attribution", () => {
    const blocks = economySection.report(economyBoard(), "internal");
    expect(blocks).toContainEqual(
      expect.objectContaining({
        kind: "table",
        rows: expect.arrayContaining([["Turnover (£)", "£1.8m", "turnover known for 1 of 2 co-ops"]]),
      }),
    );
    expect(blocks).toContainEqual(
      expect.objectContaining({
        kind: "table",
        header: ["Year", "Milestone", "Actual"],
        rows: [["2022", "36", "31"]],
      }),
    );
    expect(blocks.at(-1)).toEqual({ kind: "paragraph", runs: [{ text: ATTRIBUTION, italic: true }] });
  });

  it("puts the attribution in the Markdown export", () => {
    const markdown = renderMarkdown(buildBoardReport(economyBoard(), "internal", "Live board"));
    expect(markdown).toContain(ATTRIBUTION);
    expect(markdown).toContain("Plymouth Energy Community");
  });

  it("lists a changed figure and the brief's text in compare", () => {
    const before = economyBoard();
    const after = copyDoc(before);
    setCoopFigure(after, "R2", "employees", { value: 7, year: 2023, source: "Interview" });
    const diff = diffBoards({ doc: before, version }, { doc: after, version });
    const change = JSON.stringify(diff);
    expect(change).toContain("Tamar Grow Local");
    expect(change).toContain("7 (2023, Interview)");
    expect(briefSection.diffRecords(before)[0]?.fields.text?.value).toContain("Deliverables");
  });

  it("credits the open data on compare's changes to the co-ops it listed, and only on those", () => {
    const before = economyBoard();
    const after = copyDoc(before);
    setCoopFigure(after, "R2", "employees", { value: 7, year: 2023, source: "Interview" });
    const added = addCoop(after, {
      name: "Moor Bakers",
      sector: "Food",
      legalForm: "",
      ownershipType: "",
      status: "active",
      turnover: null,
      employees: null,
      members: null,
    });
    removeCoop(after, "R1");
    const changes = diffBoards({ doc: before, version }, { doc: after, version }).changes.filter(
      (change) => change.type === "coop",
    );
    expect(changes.map((change) => [change.change, change.id, change.attribution])).toEqual(
      expect.arrayContaining([
        ["removed", "R1", ATTRIBUTION],
        ["changed", "R2", ATTRIBUTION],
        ["added", added, undefined],
      ]),
    );
    expect(changes).toHaveLength(3);
  });

  it("seeds the brief with Template 3's outline", () => {
    const text = briefSection.toJson(templateBoard(), "internal").text;
    for (const heading of [
      "Background",
      "Purpose",
      "Scope",
      "Method",
      "Deliverables",
      "Timetable",
      "Budget and procurement route",
      "Evaluation criteria",
    ])
      expect(text).toContain(heading);
    expect(text).toContain("Co-operatives UK methodology");
    expect(text).toContain("sector concentration");
  });
});

describe("restoring a snapshot", () => {
  it("brings back the economy and the brief as they were", () => {
    const doc = economyBoard();
    const snapshot = copyDoc(doc);
    setCoopFigure(doc, "R1", "turnover", null);
    chooseLocalAuthority(doc, "Devon", []);
    getBriefFragment(doc).delete(0, 2);
    restoreDocument(doc, snapshot, "restore");
    expect(economySection.toJson(doc, "internal")).toEqual(economySection.toJson(snapshot, "internal"));
    expect(briefSection.toJson(doc, "internal")).toEqual(briefSection.toJson(snapshot, "internal"));
  });
});
