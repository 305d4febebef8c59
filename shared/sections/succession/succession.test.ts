import { readFileSync } from "node:fs";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  createBusiness,
  getBusinessNotes,
  getStageNameText,
  listStages,
  moveBusiness,
  readBoard,
  redactConfidentialDoc,
  setText,
  type NewBusiness,
} from "../../board";
import { exportBoardJson } from "../../export/board-json";
import { importBoardJson } from "../../export/import-board";
import { diffRecords } from "../../diff/diff-records";
import { copyDoc, templateBoard } from "../testing/template-board";
import { successionSection } from ".";

const exportSchema = z.fromJSONSchema(
  JSON.parse(
    readFileSync(new URL("../../../docs/export.schema.json", import.meta.url), "utf8"),
  ) as Parameters<typeof z.fromJSONSchema>[0],
);

function stage(doc: Y.Doc, name: string): string {
  return listStages(doc).find((candidate) => candidate.name === name)!.id;
}

function add(doc: Y.Doc, stageName: string, business: Omit<NewBusiness, "stageId">): string {
  return createBusiness(doc, { ...business, stageId: stage(doc, stageName) });
}

function boardWithBusinesses() {
  const doc = templateBoard();
  const action = [...readBoard(doc).cells.values()]
    .flat()
    .find((a) => a.title.includes("succession strategy"))!;
  const bakery = add(doc, "Structure and finance", {
    name: "Tamar Valley Bakery",
    employees: 34,
    fields: {
      route: "eot",
      sector: "Food and drink",
      adviser: "Co-operatives UK",
      contact: "Jan Hext, owner",
    },
    financeOptions: ["eot-sale", "bank"],
    linkedActionIds: [action.id],
  });
  const notes = getBusinessNotes(doc, bakery)!;
  const paragraph = new Y.XmlElement("paragraph");
  notes.insert(0, [paragraph]);
  paragraph.insert(0, [new Y.XmlText("Valuation agreed in principle.")]);
  const secret = add(doc, "Engaged", {
    name: "Stonehouse Engineering",
    employees: 60,
    confidential: true,
    fields: { route: "worker-coop", contact: "private owner phone 07700 900123" },
  });
  return { doc, action, bakery, secret };
}

describe("succession section", () => {
  it("[SU5] the JSON export lists businesses with their stage names, routes and links to actions", () => {
    const { doc, action } = boardWithBusinesses();
    const exported = exportBoardJson(doc, "a".repeat(22));
    const section = exported.succession as ReturnType<typeof successionSection.toJson>;
    expect(section.stages.map((s) => s.name)).toContain("Not proceeding");
    expect(section.businesses).toContainEqual(
      expect.objectContaining({
        name: "Tamar Valley Bakery",
        stageName: "Structure and finance",
        route: "eot",
        routeLabel: "Employee Ownership Trust",
        financeOptions: ["eot-sale", "bank"],
        linkedActions: [{ id: action.id, title: action.title }],
        notes: expect.objectContaining({ text: "Valuation agreed in principle." }),
      }),
    );
    expect(section.narrative.text).toContain("Aims");
  });

  it("matches the documented export schema (docs/export.schema.json), for both audiences", () => {
    const { doc } = boardWithBusinesses();
    for (const audience of ["internal", "publication"] as const) {
      const exported = JSON.parse(
        JSON.stringify(exportBoardJson(doc, "a".repeat(22), { audience })),
      ) as unknown;
      expect(exportSchema.safeParse(exported).error).toBeUndefined();
    }
    const broken = JSON.parse(JSON.stringify(exportBoardJson(doc, "a".repeat(22)))) as {
      succession: { businesses: { route: string }[] };
    };
    broken.succession.businesses[0]!.route = "takeover";
    expect(exportSchema.safeParse(broken).success).toBe(false);
  });

  it("round-trips through the JSON export and import, businesses, notes and links included", () => {
    const { doc } = boardWithBusinesses();
    const exported = exportBoardJson(doc, "a".repeat(22));
    const imported = importBoardJson(JSON.parse(JSON.stringify(exported)));
    if (!imported.ok) throw new Error(imported.problem.message);
    expect(successionSection.toJson(imported.doc, "internal")).toEqual(
      successionSection.toJson(doc, "internal"),
    );
  });

  it("[SU6] a publication export leaves confidential businesses and every owner's contact out", () => {
    const { doc } = boardWithBusinesses();
    const json = JSON.stringify(exportBoardJson(doc, "a".repeat(22), { audience: "publication" }));
    expect(json).not.toContain("Stonehouse Engineering");
    expect(json).not.toContain("07700 900123");
    expect(json).not.toContain("Jan Hext");
    expect(json).toContain("Tamar Valley Bakery");
    const section = successionSection.toJson(doc, "publication");
    expect(section.withheld).toBe(1);
    const report = JSON.stringify(successionSection.report(doc, "publication"));
    expect(report).not.toContain("Stonehouse Engineering");
    expect(report).toContain("1 confidential business is not listed.");
    expect(report).toContain("1 business not shown.");
  });

  it("[SU6] a publication's pipeline figures count only the businesses it lists", () => {
    const { doc } = boardWithBusinesses();
    const tableRow = (audience: "internal" | "publication", stageName: string) => {
      const table = successionSection.report(doc, audience).find((block) => block.kind === "table");
      return table?.kind === "table" ? table.rows.find((row) => row[0] === stageName) : undefined;
    };
    // Stonehouse Engineering (confidential, 60 staff) sits in "Engaged".
    expect(tableRow("internal", "Engaged")).toEqual(["Engaged", "1", "60"]);
    expect(tableRow("publication", "Engaged")).toEqual(["Engaged", "0", "0"]);
    expect(tableRow("publication", "Structure and finance")).toEqual(["Structure and finance", "1", "34"]);
    const figures = JSON.stringify(successionSection.report(doc, "publication"));
    expect(figures).toContain('{"key":"Businesses in the pipeline","value":"1"}');
    expect(JSON.stringify(successionSection.report(doc, "internal"))).toContain("Stonehouse Engineering");
  });

  it("rejects a business in a stage the file does not have", () => {
    const { doc } = boardWithBusinesses();
    const json = JSON.parse(JSON.stringify(successionSection.toJson(doc, "internal"))) as {
      businesses: { stageId: string }[];
    };
    json.businesses[0]!.stageId = "nowhere";
    expect(successionSection.jsonSchema.safeParse(json).success).toBe(false);
  });

  it("lists a moved business, a renamed stage and edited fields as changes", () => {
    const { doc, bakery } = boardWithBusinesses();
    const before = copyDoc(doc);
    moveBusiness(doc, bakery, stage(doc, "Transfer"), 0);
    setText(getStageNameText(doc, stage(doc, "Engaged"))!, "In conversation");
    const changes = diffRecords(successionSection.diffRecords(before), successionSection.diffRecords(doc));
    expect(changes).toContainEqual(expect.objectContaining({ id: bakery, change: "moved", moved: true }));
    expect(changes).toContainEqual(
      expect.objectContaining({ type: "stage", change: "changed", label: "In conversation" }),
    );
    expect(successionSection.summary(doc)).toEqual({ stages: 8, businesses: 2 });
  });

  it("[SU6] labels a viewer's redacted confidential business 'Confidential business' in Compare", () => {
    const { doc, secret } = boardWithBusinesses();
    const before = copyDoc(doc);
    moveBusiness(doc, secret, stage(doc, "Transfer"), 0);
    const after = copyDoc(doc);
    for (const version of [before, after]) redactConfidentialDoc(version);
    const changes = diffRecords(successionSection.diffRecords(before), successionSection.diffRecords(after));
    expect(changes).toContainEqual(
      expect.objectContaining({ id: secret, change: "moved", label: "Confidential business" }),
    );
    expect(JSON.stringify(changes)).not.toContain("Stonehouse");
    // An editor's Compare still names it.
    const named = diffRecords(successionSection.diffRecords(before), successionSection.diffRecords(doc));
    expect(named.find((change) => change.id === secret)?.label).toBe("Stonehouse Engineering");
  });
});
