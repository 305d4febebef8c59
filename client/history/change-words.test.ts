import { describe, expect, it } from "vitest";
import { recordNoun, valueText } from "./change-words";

describe("change words", () => {
  it("names known record types and reads unknown ones", () => {
    expect(recordNoun("action")).toBe("Action");
    expect(recordNoun("coop")).toBe("Co-operative");
    expect(recordNoun("key_person")).toBe("Key person");
  });

  it("shows lists joined and nothing as empty", () => {
    expect(valueText(["Co-op Bank", "Plymouth CDA"])).toBe("Co-op Bank, Plymouth CDA");
    expect(valueText(null)).toBe("(empty)");
    expect(valueText("  ")).toBe("(empty)");
  });
});
