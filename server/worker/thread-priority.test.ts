import { execFile } from "node:child_process";
import { once } from "node:events";
import { getPriority } from "node:os";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startTsWorker } from "./start-ts-worker";
import { BACKGROUND_NICE_STEP } from "./thread-priority";

const run = promisify(execFile);

// Thread priorities are per thread only on Linux (the servers this runs on); elsewhere the function
// is a documented no-op and there is nothing to observe. A test process already at the lowest
// priority (nice 19) could not tell a lowered worker from an inherited one.
describe.runIf(process.platform === "linux" && getPriority() < 19)("background worker threads", () => {
  it("run nicer than the event loop, which keeps its own priority", async () => {
    const before = getPriority();
    const worker = startTsWorker(new URL("./priority-probe.ts", import.meta.url));
    try {
      const [{ nice: workerNice }] = (await once(worker, "message")) as [{ nice: number }];
      expect(workerNice).toBeGreaterThan(before);
      expect(workerNice).toBe(Math.min(19, before + BACKGROUND_NICE_STEP));
      expect(getPriority()).toBe(before);
    } finally {
      await worker.terminate();
    }
  });

  it("leave libuv's thread pool (the WAL's fdatasync) at the event loop's priority", async () => {
    // A fresh process whose first act is starting a worker, as the server's store may be: afterwards
    // only the worker's own thread may run niced, however much the pool is then used. (On Node 20 the
    // pool is also started before the worker lowers itself by the loaders' own file reads; this holds
    // the property whatever a later Node or loader does first.)
    const script = `
      import { readFileSync, readdirSync } from "node:fs";
      import { readFile } from "node:fs/promises";
      import { once } from "node:events";
      import { startTsWorker } from "./server/worker/start-ts-worker.ts";
      const worker = startTsWorker(new URL("./server/worker/priority-probe.ts", "file://" + process.cwd() + "/"));
      const [probe] = await once(worker, "message");
      await Promise.all(Array.from({ length: 16 }, () => readFile("package.json")));
      const niceOf = (tid) => Number(readFileSync("/proc/self/task/" + tid + "/stat", "utf8").split(") ")[1].split(" ")[16]);
      const others = readdirSync("/proc/self/task").map(Number).filter((tid) => tid !== probe.threadId);
      console.log(JSON.stringify({ probe, loop: niceOf(process.pid), others: others.map(niceOf) }));
      await worker.terminate();
    `;
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: new URL("../..", import.meta.url),
    });
    const { probe, loop, others } = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as {
      probe: { nice: number };
      loop: number;
      others: number[];
    };
    expect(probe.nice).toBeGreaterThan(loop);
    // The pool's threads (and V8's, and the main thread) are at the loop's priority, the worker alone below.
    expect(others.length).toBeGreaterThan(4);
    expect(others.filter((nice) => nice !== loop)).toEqual([]);
  });
});
