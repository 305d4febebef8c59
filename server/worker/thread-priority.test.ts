import { getPriority } from "node:os";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { startTsWorker } from "./start-ts-worker";
import { BACKGROUND_NICE_STEP } from "./thread-priority";

// Thread priorities are per thread only on Linux (the servers this runs on); elsewhere the function
// is a documented no-op and there is nothing to observe.
describe.runIf(process.platform === "linux")("background worker threads", () => {
  it("run nicer than the event loop, which keeps its own priority", async () => {
    const before = getPriority();
    const worker = startTsWorker(new URL("./priority-probe.ts", import.meta.url));
    try {
      const [workerNice] = (await once(worker, "message")) as [number];
      expect(workerNice).toBe(Math.min(19, before + BACKGROUND_NICE_STEP));
      expect(getPriority()).toBe(before);
    } finally {
      await worker.terminate();
    }
  });
});
