import { describe, expect, it } from "vitest";
import { atMostHalfOfBestPeer, type Figure } from "./results";
import type { TargetName } from "./servers/targets";
import { buildRows, markdownTable } from "./table";

function p99(values: Record<TargetName, number>): Figure[] {
  return (Object.entries(values) as [TargetName, number][]).map(([target, value]) => ({
    measure: "2 Storm, N=300",
    metric: "p99",
    unit: "ms",
    lowerIsBetter: true,
    target,
    value,
    goal: atMostHalfOfBestPeer(),
  }));
}

describe("the bench ratio table", () => {
  it("compares Coplan with the best peer and judges the goal", () => {
    const [row] = buildRows(p99({ Coplan: 20, Hocuspocus: 50, "y-websocket": 80 }));
    expect(row?.ratio).toBe(0.4);
    expect(row?.met).toBe(true);
    expect(buildRows(p99({ Coplan: 30, Hocuspocus: 50, "y-websocket": 80 }))[0]?.met).toBe(false);
  });

  it("counts a peer that stalled (∞) as led, and Coplan stalling as a miss", () => {
    const [led] = buildRows(p99({ Coplan: 160, Hocuspocus: Infinity, "y-websocket": Infinity }));
    expect(led?.met).toBe(true);
    expect(led?.ratio).toBeUndefined();
    expect(buildRows(p99({ Coplan: Infinity, Hocuspocus: 50, "y-websocket": Infinity }))[0]?.met).toBe(false);
    expect(markdownTable([led!])).toContain("| 160 | ∞ | ∞ |");
  });
});
