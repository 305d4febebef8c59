import { describe, expect, it } from "vitest";
import { importCoopsCsv } from "./coops-csv-import";
import { coopsToCsv } from "./coops-csv";
import type { CoopView } from "./types";

const existing: Pick<CoopView, "id" | "name">[] = [
  { id: "R000100", name: "Plymouth Energy Community" },
  { id: "m1", name: "Nudge Community Builders" },
];

const file = [
  "name,sector,status,turnover_gbp,turnover_year,turnover_source,employees,employees_year", // line 1
  "Moor Bakers,Food,active,120000,2023,Annual accounts,4,2023", // 2: valid
  "Seaside Housing,Housing,,not much,2023,,,", // 3: bad number
  ",Retail,active,,,,,", // 4: missing name
  "Moor Bakers,Food,active,,,,,", // 5: duplicate of line 2
  "Tamar Taxis,Transport,active,-5,2023,,,", // 6: negative turnover
  "", // 7: blank, skipped
  '"Ocean City Riders, Ltd",Transport,closed,,,,12,2022', // 8: valid, quoted comma
  "plymouth energy community,Energy,active,,,,,", // 9: already in the list
  "Harbour Co-op,Retail,dormant,,,,3.5,2023", // 10: bad status and half an employee
  "Lighthouse Cafe,Food,active,50000,,,,", // 11: figure without a year
].join("\n");

describe("importCoopsCsv", () => {
  it("imports the valid rows and reports each bad one by line and reason", () => {
    const result = importCoopsCsv(file, existing);
    expect(result.coops.map((coop) => coop.name)).toEqual(["Moor Bakers", "Ocean City Riders, Ltd"]);
    expect(result.coops[0]).toMatchObject({
      id: null,
      sector: "Food",
      status: "active",
      turnover: { value: 120_000, year: 2023, source: "Annual accounts" },
      employees: { value: 4, year: 2023, source: "CSV import" },
      members: null,
    });
    expect(result.coops[1]).toMatchObject({ status: "closed", employees: { value: 12, year: 2022 } });
    expect(result.errors).toEqual([
      { line: 3, reason: "turnover_gbp: Turnover must be a number, like 1250 (got “not much”)" },
      { line: 4, reason: "name is missing" },
      { line: 5, reason: "duplicate of line 2 (Moor Bakers)" },
      { line: 6, reason: "turnover_gbp: Turnover cannot be negative" },
      { line: 9, reason: "plymouth energy community is already in the list" },
      {
        line: 10,
        reason:
          "status must be “active” or “closed” (got “dormant”); employees: Employees must be a whole number",
      },
      { line: 11, reason: "turnover_year is missing for the turnover figure" },
    ]);
  });

  it("counts lines through quoted line breaks and a comment above the header", () => {
    const text = '# exported\nname,sector\n"Two\nLines",Food\n,Food\n';
    expect(importCoopsCsv(text, []).errors).toEqual([{ line: 5, reason: "name is missing" }]);
  });

  it("reports a quote left open on its line and keeps every valid row after it", () => {
    const text = [
      "name,sector,employees,employees_year", // line 1
      "Moor Bakers,Food,4,2023", // 2: valid
      '"Tamar Taxis,Transport,,', // 3: the quote is never closed
      "Harbour Co-op,Retail,3,2023", // 4: valid
      'Seaside Housing,"Housing"ltd,,', // 5: text after a closing quote
      "Lighthouse Cafe,Food,,", // 6: valid
    ].join("\n");
    const result = importCoopsCsv(text, []);
    expect(result.coops.map((coop) => coop.name)).toEqual([
      "Moor Bakers",
      "Harbour Co-op",
      "Lighthouse Cafe",
    ]);
    expect(result.errors).toEqual([
      {
        line: 3,
        reason:
          'a quoted field on this line is never closed (a " opens it and no " ends it); the line was not imported',
      },
      {
        line: 5,
        reason:
          'a quoted field on this line has text after its closing quote (write a quote inside quotes as ""); the line was not imported',
      },
    ]);
  });

  it("counts lines through a quoted line break after a line with a broken quote", () => {
    const text = 'name,sector\n"Open,Food\n"Two\nLines",Food\n,Food\n';
    expect(importCoopsCsv(text, []).errors.map((error) => error.line)).toEqual([2, 5]);
  });

  it("refuses a row with more columns than the header, saying how many, and keeps the rows around it", () => {
    const text = [
      "name,sector,employees,employees_year", // line 1: 4 columns
      "Moor Bakers,Food,4,2023", // 2: valid
      "Ocean City Riders, Ltd,Transport,12,2022", // 3: an unquoted comma makes 5 columns
      "Harbour Co-op,Retail,3,2023,", // 4: a trailing comma adds only an empty cell
      "Lighthouse Cafe,Food,2,2023,extra,more", // 5: 6 columns
    ].join("\n");
    const result = importCoopsCsv(text, []);
    expect(result.coops.map((coop) => coop.name)).toEqual(["Moor Bakers", "Harbour Co-op"]);
    expect(result.errors).toEqual([
      {
        line: 3,
        reason:
          "the line has 5 columns, the header has 4 (a value containing a comma must be in double quotes); the line was not imported",
      },
      {
        line: 5,
        reason:
          "the line has 6 columns, the header has 4 (a value containing a comma must be in double quotes); the line was not imported",
      },
    ]);
  });

  it("refuses a file without a name column, saying so", () => {
    expect(importCoopsCsv("title,sector\nA,B\n", [])).toEqual({
      coops: [],
      errors: [{ line: 1, reason: "the header row has no “name” column" }],
    });
  });

  it("reads back its own export, updating the co-ops it names by id", () => {
    const coops: CoopView[] = [
      {
        id: "R000100",
        name: "Plymouth Energy Community",
        sector: "Energy",
        legalForm: "Society",
        ownershipType: "Consumers",
        status: "active",
        origin: "open-data",
        turnover: { value: 1_800_000, year: 2023, source: "Annual report" },
        employees: null,
        members: { value: 1_200, year: 2023, source: "Annual report" },
      },
    ];
    const csv = coopsToCsv(coops);
    expect(csv.startsWith("\uFEFF# Contains data from Co-operatives UK (ODC-By 1.0)\r\n")).toBe(true);
    const result = importCoopsCsv(csv, existing);
    expect(result.errors).toEqual([]);
    const { origin: _origin, ...expected } = coops[0]!;
    expect(result.coops).toEqual([expected]);
  });
});
