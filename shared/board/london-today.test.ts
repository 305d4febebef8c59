import { describe, expect, it } from "vitest";
import { isBeforeToday, londonToday, nextLondonMidnight } from "./london-today";
import { addBusiness, successionDoc } from "./succession-fixture";
import { readSuccession } from "./succession-view";
import { summariseSuccession } from "./succession-summary";

describe("today in Europe/London", () => {
  it("[SU8] is already tomorrow at 23:30 UTC in British Summer Time", () => {
    expect(londonToday(new Date("2026-06-30T22:59:59Z"))).toBe("2026-06-30");
    expect(londonToday(new Date("2026-06-30T23:00:00Z"))).toBe("2026-07-01");
    expect(londonToday(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });

  it("[SU8] is the UTC date in winter (GMT), and follows the clocks changing", () => {
    expect(londonToday(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-15");
    expect(londonToday(new Date("2026-01-16T00:00:00Z"))).toBe("2026-01-16");
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(londonToday(new Date("2026-03-29T23:30:00Z"))).toBe("2026-03-30");
    expect(londonToday(new Date("2026-10-25T23:30:00Z"))).toBe("2026-10-25");
  });

  it("[SU8] makes a next step dated yesterday in London overdue just after London's midnight", () => {
    const doc = successionDoc();
    addBusiness(doc, "Engaged", "Due 30 June", { fields: { nextStepDate: "2026-06-30" } });
    const overdueAt = (instant: string) =>
      summariseSuccession(readSuccession(doc), londonToday(new Date(instant))).overdue.map((b) => b.name);
    expect(overdueAt("2026-06-30T22:30:00Z")).toEqual([]);
    // 00:30 BST on 1 July: UTC still says 30 June, London (and the council) says it is overdue.
    expect(overdueAt("2026-06-30T23:30:00Z")).toEqual(["Due 30 June"]);
  });

  it("[SU8] never counts an empty or malformed date as before today", () => {
    expect(isBeforeToday("2026-03-09", "2026-03-10")).toBe(true);
    expect(isBeforeToday("2026-03-10", "2026-03-10")).toBe(false);
    expect(isBeforeToday("", "2026-03-10")).toBe(false);
    expect(isBeforeToday("1 March", "2026-03-10")).toBe(false);
  });

  it("[SU8] finds the next London midnight in summer, in winter and across both clock changes", () => {
    const next = (instant: string) => nextLondonMidnight(new Date(instant)).toISOString();
    // BST: midnight is 23:00 UTC the evening before; 00:30 BST is already the new day.
    expect(next("2026-06-30T12:00:00Z")).toBe("2026-06-30T23:00:00.000Z");
    expect(next("2026-06-30T23:30:00Z")).toBe("2026-07-01T23:00:00.000Z");
    // GMT: midnight is midnight UTC, and exactly midnight waits for the next one.
    expect(next("2026-01-15T23:59:59.999Z")).toBe("2026-01-16T00:00:00.000Z");
    expect(next("2026-01-16T00:00:00Z")).toBe("2026-01-17T00:00:00.000Z");
    // The day the clocks go forward is 23 hours long, the day they go back 25.
    expect(next("2026-03-29T00:30:00Z")).toBe("2026-03-29T23:00:00.000Z");
    expect(next("2026-10-24T23:30:00Z")).toBe("2026-10-26T00:00:00.000Z");
  });
});
