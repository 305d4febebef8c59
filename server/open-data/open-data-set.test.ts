import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COOPS_FILE, OPEN_DATA_DIR, openDataSet } from "./open-data-set";

const lines = readFileSync(new URL(COOPS_FILE, OPEN_DATA_DIR), "utf8").split("\n");

/** Counted independently of the loader: lines whose fourth field (Region) is exactly the name. */
function countByLineFilter(region: string): number {
  return lines.filter((line) => line.split(",")[3] === region).length;
}

describe("the open-data loader", () => {
  it.each(["Plymouth", "Manchester", "Devon", "Cornwall", "Leeds", "Cumbria"])(
    "counts %s's co-ops as the CSV does",
    (region) => {
      const expected = countByLineFilter(region);
      expect(expected).toBeGreaterThan(0);
      expect(openDataSet().coopsByAuthority.get(region.toLowerCase())?.coops).toHaveLength(expected);
    },
  );

  it("lists every co-operative that has a local authority once (9 of the 7,272 have none)", () => {
    const total = openDataSet().localAuthorities.reduce((sum, authority) => sum + authority.coops, 0);
    expect(total).toBe(7263);
  });

  it("keeps the national benchmark rows and the sector mix", () => {
    const { benchmarks, sectors } = openDataSet();
    expect(
      benchmarks.find(
        (row) =>
          row.edition === "2023" &&
          row.metric === "number" &&
          row.scope === "coops" &&
          row.referenceYear === 2023,
      )?.value,
    ).toBe(7586);
    expect(Object.values(sectors).reduce((sum, count) => sum + count, 0)).toBe(7272);
  });
});
