import { describe, expect, it } from "vitest";
import { ConnectionRateLimit } from "./connection-rate-limit";

describe("ConnectionRateLimit", () => {
  it("allows a burst, then refills at the per-minute rate, per address", () => {
    let now = 0;
    const limit = new ConnectionRateLimit({ perMinute: 60, burst: 3 }, () => now);
    expect([1, 2, 3, 4].map(() => limit.take("10.0.0.1"))).toEqual([true, true, true, false]);
    expect(limit.take("10.0.0.2")).toBe(true);
    now += 999;
    expect(limit.take("10.0.0.1")).toBe(false);
    now += 1;
    expect(limit.take("10.0.0.1")).toBe(true);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => limit.take("10.0.0.1"))).toEqual([true, true, true, false]);
  });

  it("forgets quiet addresses once it tracks many", () => {
    let now = 0;
    const limit = new ConnectionRateLimit({ perMinute: 60, burst: 2 }, () => now);
    for (let index = 0; index <= 10_000; index++) limit.take(`address-${index}`);
    now += 60_000;
    limit.take("one-more");
    expect(limit.trackedAddresses).toBe(1);
  });
});
