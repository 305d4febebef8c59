import { describe, expect, it } from "vitest";
import { formatDue, isOverdue, localToday } from "./format-due";

describe("due dates on cards", () => {
  it("formats ISO dates for people and leaves anything else as typed", () => {
    expect(formatDue("2026-03-31")).toBe("31 Mar 2026");
    expect(formatDue("end of Q2")).toBe("end of Q2");
  });

  it("flags only past, unfinished actions as overdue", () => {
    expect(isOverdue("2025-01-01", "planned", "2025-06-01")).toBe(true);
    expect(isOverdue("2025-01-01", "done", "2025-06-01")).toBe(false);
    expect(isOverdue("2025-06-01", "planned", "2025-06-01")).toBe(false);
    expect(isOverdue("", "planned", "2025-06-01")).toBe(false);
  });

  it("uses the local calendar date", () => {
    expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe("2025-01-05");
  });
});
