import { describe, expect, it } from "vitest";
import { benchmarkEditions, editionFigures, nationalDenominator, parseBenchmarks } from "./benchmark";

const HEADER = "report_edition,reference_year,scope,metric,value,unit,status,source,notes";
// A small national-benchmarks.csv whose answers are worked out by hand below.
const rows = parseBenchmarks(
  [
    HEADER,
    "2023,2022,coops,number,7503,count,derived,s1,7586/1.011",
    "2023,2023,coops,number,7586,count,verified_secondary,s2,",
    "2023,2023,coops,income,40.9,GBP_bn,verified_primary,s3,",
    "2023,2023,coops_and_mutuals,number,9113,count,verified_primary,s4,",
    "2023,2023,coops_and_mutuals,employees,410000,count,verified_primary,s5,",
    "2021,2021,coops,employees,,count,uncertain,,not found",
    "2021,2021,coops,members,14,million,checked_by_phone,s6,",
    "2021,2021,coops,startups,150,count,verified_secondary,s7,",
    "ONS,2020,uk,population,67.1,million,verified_primary,s8,",
    "ONS,2023,uk,population,68.265209,million,verified_primary,s9,",
    "DBT_BPE,2020,uk,private_businesses,6.0,million,verified_primary,s10,",
    "DBT_BPE,2022,uk,private_businesses,5.5,million,verified_secondary,s11,",
    "DBT_BPE,2024,uk,private_businesses,5.5,million,derived,s12,",
    "derived,2023,coops,per_100k_population,11.1,ratio,derived,,",
  ].join("\n"),
);

describe("parseBenchmarks", () => {
  it("reads an unknown status as uncertain and a blank value as no value", () => {
    const members = rows.find((row) => row.edition === "2021" && row.metric === "members");
    expect(members).toMatchObject({ value: 14, unit: "million", status: "uncertain" });
    const employees = rows.find((row) => row.edition === "2021" && row.metric === "employees");
    expect(employees?.value).toBeNull();
  });
});

describe("benchmarkEditions", () => {
  it("lists only the report editions that give one of the four measures, newest first", () => {
    // ONS, DBT_BPE and derived are denominators or ratios, not editions.
    expect(benchmarkEditions(rows)).toEqual(["2023", "2021"]);
  });
});

describe("editionFigures", () => {
  const figures = editionFigures(rows, "2023");

  it("takes the edition's latest year, with its own status, over a restated earlier one", () => {
    expect(figures.get("number")).toMatchObject({
      value: 7586,
      referenceYear: 2023,
      status: "verified_secondary",
      scope: "coops",
    });
  });

  it("prefers the co-operatives scope and falls back to the wider one, labelled, when it is all there is", () => {
    expect(figures.get("employees")).toMatchObject({
      value: 410_000,
      scope: "coops_and_mutuals",
      status: "verified_primary",
    });
  });

  it("reads income as the turnover measure, in pounds, and says it is income", () => {
    expect(figures.get("turnover")).toMatchObject({ value: 40_900_000_000, metric: "income" });
  });

  it("has no figure for a measure the edition gives no value for", () => {
    const figures2021 = editionFigures(rows, "2021");
    expect(figures2021.has("employees")).toBe(false);
    expect(figures2021.get("members")).toMatchObject({ value: 14_000_000, status: "uncertain" });
    expect(editionFigures(rows, "1999").size).toBe(0);
  });
});

describe("nationalDenominator", () => {
  it("takes the UK figure of the nearest year, in plain units, with its status", () => {
    expect(nationalDenominator(rows, "population", 2022)).toMatchObject({
      value: 68_265_209,
      year: 2023,
      status: "verified_primary",
      label: "UK population 2023 (ONS)",
    });
    expect(nationalDenominator(rows, "businesses", 2020)).toMatchObject({
      value: 6_000_000,
      year: 2020,
      label: "UK private businesses 2020 (DBT)",
    });
  });

  it("takes the later year when two are equally near", () => {
    // 2023 is one year from both 2022 and 2024.
    expect(nationalDenominator(rows, "businesses", 2023)).toMatchObject({ year: 2024, status: "derived" });
  });

  it("has none when the file gives no UK figure", () => {
    expect(nationalDenominator(parseBenchmarks(HEADER), "population", 2023)).toBeUndefined();
  });
});
