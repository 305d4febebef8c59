import { describe, expect, it } from "vitest";
import { parseOptions } from "./options";

describe("the bench options", () => {
  it("types into a 16 MB board in a full run, enough keystrokes for Coplan to compact it", () => {
    const options = parseOptions([]);
    expect(options.storageLargeBoardBytes).toBe(16_000_000);
    expect(options.storageLargeBoardKeystrokes).toBe(900);
  });

  it("leaves the large board out of a whole quick run, and runs a smaller one when storage is asked for", () => {
    expect(parseOptions(["--quick"]).storageLargeBoardBytes).toBe(0);
    const asked = parseOptions(["--quick", "--only=storage"]);
    expect(asked.storageLargeBoardBytes).toBe(1_600_000);
    expect(asked.storageLargeBoardKeystrokes).toBeLessThan(900);
  });
});
