import { describe, expect, it } from "vitest";
import { formatCoopsMore, formatMoneyPerHead } from "./format";
import { coopsToMatch, per1000Businesses, per100k, relativeGap } from "./normalise";
import { countBySector, locationQuotients } from "./location-quotients";
import { goalStatus, straightLineMilestones } from "./goal-status";
import { coverageText, localMeasures } from "./local-measures";
import type { CoopView } from "./types";

describe("normalisation", () => {
  it("gives co-ops per 100,000 residents: 23 in 250,000 people is 9.2", () => {
    expect(per100k(23, 250_000)).toBeCloseTo(9.2, 10);
  });

  it("gives co-ops per 1,000 businesses: 23 among 7,500 businesses is 3.0667", () => {
    expect(per1000Businesses(23, 7_500)).toBeCloseTo(3.066_667, 5);
  });

  it("has no rate without a denominator", () => {
    expect(per100k(23, 0)).toBeNull();
    expect(per1000Businesses(23, 0)).toBeNull();
  });

  it("works out the national rate from the 2023 edition: 7,586 co-ops in 68,265,209 people is 11.11 per 100,000", () => {
    expect(per100k(7_586, 68_265_209)).toBeCloseTo(11.1125, 4);
  });
});

describe("gaps", () => {
  it("counts the co-ops needed to match the national rate, rounded up", () => {
    // 11.1 per 100,000 in 250,000 people is 27.75 co-ops: 28 needed, 23 there, 5 more.
    expect(coopsToMatch(23, 250_000, 11.1, 100_000)).toBe(5);
    // 1.35 per 1,000 businesses among 7,500 is 10.125: 11 needed.
    expect(coopsToMatch(3, 7_500, 1.35, 1_000)).toBe(8);
  });

  it("needs none when the area is level or ahead", () => {
    expect(coopsToMatch(30, 250_000, 12, 100_000)).toBe(0);
    expect(coopsToMatch(40, 250_000, 12, 100_000)).toBe(0);
  });

  it("words the gap as N more co-ops, singular for one", () => {
    expect(formatCoopsMore(1)).toBe("1 more co-op");
    expect(formatCoopsMore(5)).toBe("5 more co-ops");
    expect(formatCoopsMore(1_234)).toBe("1,234 more co-ops");
  });

  it("words turnover per resident in pence below £10: £85,000 among 262,839 people is £0.32", () => {
    expect(formatMoneyPerHead(85_000 / 262_839)).toBe("£0.32");
    expect(formatMoneyPerHead(40.9e9 / 68_265_209)).toBe("£599");
  });

  it("gives the relative gap: 9 against 12 is a quarter below", () => {
    expect(relativeGap(9, 12)).toBeCloseTo(-0.25, 10);
    expect(relativeGap(9, 0)).toBeNull();
  });
});

describe("location quotients", () => {
  it("compares each sector's local share with its national share", () => {
    const local = new Map([
      ["Housing", 6],
      ["Retail", 2],
      ["Energy", 2],
    ]);
    const national = new Map([
      ["Housing", 100],
      ["Retail", 300],
      ["Energy", 50],
      ["Agriculture", 550],
    ]);
    // Housing 6/10 = 0.6 against 100/1000 = 0.1: 6. Energy 0.2 against 0.05: 4. Retail 0.2 against 0.3: 0.667.
    const quotients = locationQuotients(local, national);
    expect(quotients.map((row) => [row.sector, row.quotient])).toEqual([
      ["Housing", expect.closeTo(6, 10)],
      ["Energy", expect.closeTo(4, 10)],
      ["Retail", expect.closeTo(0.6667, 4)],
    ]);
    expect(quotients[0]).toMatchObject({ localShare: 0.6, nationalShare: 0.1, nationalCount: 100 });
  });

  it("has no quotient for a sector the country has none of", () => {
    expect(locationQuotients(new Map([["Space", 1]]), new Map([["Retail", 10]]))[0]?.quotient).toBeNull();
  });

  it("counts blank sectors as Unknown", () => {
    expect(countBySector(["Retail", " ", "Retail", ""])).toEqual(
      new Map([
        ["Retail", 2],
        ["Unknown", 2],
      ]),
    );
  });
});

describe("goal status", () => {
  it("is on track when the latest actual meets its milestone", () => {
    const milestones = [
      { year: 2024, target: 30, actual: 28 },
      { year: 2025, target: 35, actual: 36 },
      { year: 2026, target: 40, actual: null },
    ];
    expect(goalStatus({ milestones })).toBe("on-track");
  });

  it("is behind when the latest actual falls short, whatever came before", () => {
    const milestones = [
      { year: 2024, target: 30, actual: 31 },
      { year: 2025, target: 35, actual: 33 },
    ];
    expect(goalStatus({ milestones })).toBe("behind");
  });

  it("is on track when the latest actual equals its milestone exactly, and behind one short of it", () => {
    const at = (actual: number) => ({
      milestones: [
        { year: 2024, target: 30, actual: 30 },
        { year: 2025, target: 35, actual },
      ],
    });
    expect(goalStatus(at(35))).toBe("on-track");
    expect(goalStatus(at(34))).toBe("behind");
  });

  it("judges by the latest year with an actual, whatever order the milestones are stored in", () => {
    const milestones = [
      { year: 2025, target: 35, actual: 35 },
      { year: 2024, target: 30, actual: 20 },
    ];
    expect(goalStatus({ milestones })).toBe("on-track");
  });

  it("has no status before any actual is recorded", () => {
    expect(goalStatus({ milestones: [{ year: 2024, target: 30, actual: null }] })).toBe("no-actuals");
  });

  it("spreads milestones evenly from baseline to target: 23 in 2018 doubled by 2025", () => {
    const milestones = straightLineMilestones({
      baselineValue: 23,
      baselineYear: 2018,
      targetValue: 46,
      targetYear: 2025,
    });
    // 23 more over 7 years is 3.2857 a year: 26.3, 29.6, 32.9, 36.1, 39.4, 42.7, 46.
    expect(milestones.map((milestone) => [milestone.year, milestone.target])).toEqual([
      [2019, 26],
      [2020, 30],
      [2021, 33],
      [2022, 36],
      [2023, 39],
      [2024, 43],
      [2025, 46],
    ]);
  });
});

describe("local measures", () => {
  const coop = (id: string, fields: Partial<CoopView> = {}): CoopView => ({
    id,
    name: id,
    sector: "Retail",
    legalForm: "Society",
    ownershipType: "Consumers",
    status: "active",
    origin: "open-data",
    turnover: null,
    employees: null,
    members: null,
    ...fields,
  });
  const figure = (value: number) => ({ value, year: 2023, source: "accounts" });

  it("totals the active co-ops' known figures and says how many are known", () => {
    const measures = localMeasures([
      coop("a", { turnover: figure(1_000_000), employees: figure(12) }),
      coop("b", { turnover: figure(250_000) }),
      coop("c"),
      coop("d", { status: "closed", turnover: figure(9_000_000) }),
    ]);
    expect(measures.map(({ measure, total, known, of }) => [measure, total, known, of])).toEqual([
      ["number", 3, 3, 3],
      ["turnover", 1_250_000, 2, 3],
      ["employees", 12, 1, 3],
      ["members", 0, 0, 3],
    ]);
    expect(coverageText(measures[1]!)).toBe("turnover known for 2 of 3 co-ops");
  });
});
