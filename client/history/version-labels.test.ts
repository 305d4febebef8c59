import { describe, expect, it } from "vitest";
import { describeAuthor, describeSummary, formatVersionDate } from "./version-labels";

describe("version labels", () => {
  it("says the counts of every section, singular for one", () => {
    expect(describeSummary({ matrix: { themes: 4, columns: 3, actions: 1 }, succession: { risks: 2 } })).toBe(
      "4 themes · 3 columns · 1 action · 2 risks",
    );
  });

  it("is empty for a summary without counts", () => {
    expect(describeSummary({})).toBe("");
  });

  it("writes dates the British way and keeps an unreadable one as it is", () => {
    expect(formatVersionDate("2026-11-25T12:05:00.000Z")).toMatch(/^25 November 2026(,| at) \d\d:05$/);
    expect(formatVersionDate("not a date")).toBe("not a date");
  });

  it("names Coplan as the author of automatic versions", () => {
    expect(describeAuthor({ author: null, kind: "auto" })).toBe("Coplan");
    expect(describeAuthor({ author: "Ada", kind: "named" })).toBe("Ada");
  });
});
