import { describe, expect, it } from "vitest";
import { titleSlug } from "./export";

describe("titleSlug", () => {
  it.each([
    ["Plymouth Co-operative Action Plan 2025", "plymouth-co-operative-action-plan-2025"],
    ["  Café & Crèche!  ", "cafe-creche"],
    ['quote " and / slash', "quote-and-slash"],
    ["", "board"],
    ["✨✨", "board"],
  ])("%j → %j", (title, slug) => {
    expect(titleSlug(title)).toBe(slug);
  });

  it("keeps file names short", () => {
    expect(titleSlug("a".repeat(500)).length).toBeLessThanOrEqual(60);
  });
});
