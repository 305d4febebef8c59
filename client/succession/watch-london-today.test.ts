import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchLondonToday } from "./watch-london-today";

describe("watchLondonToday", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("[SU8] reports the new London date at each midnight, rescheduling itself, and nothing in between", () => {
    // 22:00 BST on 30 June: London's midnight is 23:00 UTC.
    vi.setSystemTime(new Date("2026-06-30T21:00:00Z"));
    const seen: string[] = [];
    const stop = watchLondonToday((today) => seen.push(today));

    vi.advanceTimersByTime(2 * 60 * 60 * 1000 - 1); // 22:59:59.999 UTC, still 30 June in London
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1); // 23:00 UTC = 00:00 BST on 1 July
    expect(seen).toEqual(["2026-07-01"]);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000); // the timer set itself again for the next midnight
    expect(seen).toEqual(["2026-07-01", "2026-07-02"]);
    expect(vi.getTimerCount()).toBe(1);

    stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(48 * 60 * 60 * 1000);
    expect(seen).toEqual(["2026-07-01", "2026-07-02"]);
  });

  it("[SU8] follows the 23-hour day when the clocks go forward", () => {
    vi.setSystemTime(new Date("2026-03-28T23:30:00Z")); // 23:30 GMT on 28 March
    const seen: string[] = [];
    const stop = watchLondonToday((today) => seen.push(today));
    vi.advanceTimersByTime(30 * 60 * 1000); // midnight GMT: 29 March
    vi.advanceTimersByTime(23 * 60 * 60 * 1000 - 1); // 23:59:59.999 BST on 29 March
    expect(seen).toEqual(["2026-03-29"]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(["2026-03-29", "2026-03-30"]);
    stop();
  });
});
