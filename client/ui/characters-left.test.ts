import { describe, expect, it } from "vitest";
import { charactersLeft, COUNTER_THRESHOLD } from "./characters-left";

describe("charactersLeft", () => {
  it("stays empty while more than the threshold is left", () => {
    expect(charactersLeft(0, 200)).toBe("");
    expect(charactersLeft(200 - COUNTER_THRESHOLD - 1, 200)).toBe("");
  });

  it("counts down near the limit, in words", () => {
    expect(charactersLeft(200 - COUNTER_THRESHOLD, 200)).toBe(`${COUNTER_THRESHOLD} characters left`);
    expect(charactersLeft(188, 200)).toBe("12 characters left");
    expect(charactersLeft(199, 200)).toBe("1 character left");
  });

  it("says the limit is reached rather than showing zero or a negative count", () => {
    expect(charactersLeft(200, 200)).toBe("No characters left: 200 at most");
    expect(charactersLeft(205, 200)).toBe("No characters left: 200 at most");
  });
});
