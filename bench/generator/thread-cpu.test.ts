import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { threadCpuMs } from "./thread-cpu";

const onLinux = process.platform === "linux";

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

  it.runIf(onLinux)("counts this thread's own CPU time as it works", () => {
    const before = threadCpuMs();
    expect(before).toBeDefined();
    const startedAt = Date.now();
    // Busy until the clock has moved by two ticks (bounded: a clock that never moves fails below).
    // No upper bound against the wall clock: the kernel updates the figure at its own ticks, so a
    // reading can lag the thread's real CPU time by one of them and the next one catch up at once.
    let used = 0;
    while (used < 20 && Date.now() - startedAt < 5000) used = (threadCpuMs() ?? 0) - (before ?? 0);
    expect(used).toBeGreaterThanOrEqual(20);
  });

  it.runIf(onLinux)("does not count another thread's work", async () => {
    const before = threadCpuMs() ?? Number.NaN;
    // Another thread of this process keeps a core busy for 300 ms while this one waits. A reading of the
    // whole process (process.cpuUsage) would grow by about that much; this thread's grows by its own waiting.
    const spinner = new Worker("const until = Date.now() + 300; while (Date.now() < until);", { eval: true });
    await new Promise((resolve) => spinner.once("exit", resolve));
    expect((threadCpuMs() ?? Number.NaN) - before).toBeLessThan(100);
  });
});
