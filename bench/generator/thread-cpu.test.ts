import { describe, expect, it } from "vitest";
import { threadCpuMs } from "./thread-cpu";

describe("threadCpuMs", () => {
  it("reads user + system ticks after a command name holding spaces and parentheses", () => {
    // Fields 14 and 15 of the line are 250 and 30 ticks of 10 ms.
    const stat = "4242 (node (gen) 1) R 1 2 3 4 5 6 7 8 9 10 250 30 0 0 20 0 3 0 100 0 0";
    expect(threadCpuMs(() => stat)).toBe(2800);
  });

  it("is undefined where the file cannot be read or parsed", () => {
    expect(
      threadCpuMs(() => {
        throw new Error("ENOENT");
      }),
    ).toBeUndefined();
    expect(threadCpuMs(() => "1 (x) R")).toBeUndefined();
  });

  it.runIf(process.platform === "linux")("counts this thread's own CPU time as it works", () => {
    const before = threadCpuMs() as number;
    const startedAt = Date.now();
    // Busy until the clock has moved by two ticks (bounded: a clock that never moves fails below).
    let used = 0;
    while (used < 20 && Date.now() - startedAt < 5000) used = (threadCpuMs() as number) - before;
    expect(used).toBeGreaterThanOrEqual(20);
    // One thread's CPU time cannot run ahead of the wall clock (give or take a tick).
    expect(used).toBeLessThanOrEqual(Date.now() - startedAt + 10);
  });
});
