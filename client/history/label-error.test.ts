import { describe, expect, it } from "vitest";
import { labelError } from "./label-error";

describe("a version's name", () => {
  it("must not be blank", () => {
    expect(labelError("   ")).toMatch(/Give the version a name/);
  });

  it("is capped at the server's limit", () => {
    expect(labelError("x".repeat(121))).toMatch(/120 characters/);
    expect(labelError(` ${"x".repeat(120)} `)).toBeUndefined();
  });
});
