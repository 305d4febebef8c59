import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { LoadWorker } from "./generator/load-worker";
import { commitDescription, loadAverage, machineDescription } from "./machine";
import type { MeasureContext } from "./measures/context";
import { MEASURE_RUNNERS } from "./measures";
import { parseOptions, type BenchOptions } from "./options";
import { FigureSink, type Figure } from "./results";
import { runningServers, startingChildren, type ServerChild } from "./servers/launch";
import { TARGETS, type Target } from "./servers/targets";
import { buildRows, markdownTable } from "./table";
import { writeBenchmarks } from "./write-benchmarks";

const options = parseOptions(process.argv.slice(2));
const startedAt = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${line}`);

/** Every figure so far, in order: what the hard timeout still prints. */
const figures: Figure[] = [];

function killServers(): void {
  for (const server of runningServers) server.process.kill("SIGKILL");
  for (const child of startingChildren) child.kill("SIGKILL");
}
process.on("exit", killServers);
const hardStop = setTimeout(() => {
  console.error(`bench: hard timeout after ${options.timeoutMs / 1000} s; stopping. Figures so far:`);
  console.log(`\n${markdownTable(buildRows(figures))}\n`);
  killServers();
  process.exit(2);
}, options.timeoutMs);
hardStop.unref();

/** Servers on CPU 0, this process (and so the generator thread) on CPU 1, when there are two. */
const pinned = cpus().length >= 2 && !process.argv.includes("--no-pin") && pinRunner();

/** This process (and so the generator thread) on CPU 1; false, and said, when taskset cannot. */
function pinRunner(): boolean {
  try {
    execFileSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    log("taskset failed: running unpinned");
    return false;
  }
}

async function benchTarget(target: Target, worker: LoadWorker, opts: BenchOptions): Promise<void> {
  const sink = new FigureSink(target.name, figures);
  const dataDirs: string[] = [];
  const newDataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), `coplan-bench-${target.name}-`));
    dataDirs.push(dir);
    return dir;
  };
  let dataDir = await newDataDir();
  let server: ServerChild = await target.start(dataDir, pinned ? 0 : undefined);
  const context: MeasureContext = {
    target,
    options: opts,
    worker,
    sink,
    server: () => server,
    dataDir: () => dataDir,
    async restart(how) {
      if (how === "kill") await server.kill();
      else await server.stop();
      server = await target.start(dataDir, pinned ? 0 : undefined);
      return server;
    },
    async fresh() {
      await server.stop();
      dataDir = await newDataDir();
      server = await target.start(dataDir, pinned ? 0 : undefined);
      return server;
    },
    log: (line) => log(`${target.name}: ${line}`),
  };
  try {
    let first = true;
    for (const [name, measure] of MEASURE_RUNNERS) {
      if (!opts.only.has(name)) continue;
      // Each measure on a fresh server and data directory: a server still working off the last
      // measure's load (y-leveldb's write queue after many rooms, Coplan's rooms unloading) would
      // count in this one's figures, and a graceful restart could time out behind it. Not in a quick
      // run: its loads are small, it is a check that everything runs (its figures are not published),
      // and a restart per measure (about 2 s for Coplan) would not fit its two minutes.
      if (!first && !opts.quick) await context.fresh();
      first = false;
      log(`${target.name}: ${name} (load average ${loadAverage()})`);
      try {
        await measure(context);
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause;
        context.log(
          `${name} failed: ${String(error)} ${cause ? `(${String(cause)})` : ""}\n${server.output.slice(-2000)}`,
        );
        sink.unavailable(`${name} (failed)`, "error", "", String(error).slice(0, 120));
        await context.fresh().catch(() => undefined);
      }
    }
  } finally {
    await server.stop();
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  }
}

const worker = new LoadWorker();
const targets = TARGETS.filter((target) => !options.targets || options.targets.includes(target.name));
const loadAtStart = loadAverage();
// Read before anything runs: what is checked out then is what was measured.
const commitAtStart = commitDescription();
log(
  `mode ${options.quick ? "quick" : "full"}; measures ${[...options.only].join(", ")}; load ${loadAtStart}`,
);
try {
  for (const target of targets) await benchTarget(target, worker, options);
} finally {
  await worker.terminate();
}
const table = markdownTable(buildRows(figures));
const summary = [
  `Mode: ${options.quick ? "quick" : "full"}; ${new Date().toISOString()}; took ${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
  commitAtStart,
  `Load average (1/5/15 min) at start ${loadAtStart}, at end ${loadAverage()}`,
  pinned ? "Servers pinned to CPU 0, the runner and its generator thread to CPU 1 (taskset)" : "Unpinned",
  // A diagnosis's flags change what is measured: a table run with them says so.
  ...(process.env.BENCH_NODE_FLAGS ? [`Servers' extra node flags: ${process.env.BENCH_NODE_FLAGS}`] : []),
  ...machineDescription(),
];
console.log(`\n${summary.join("\n")}\n\n${table}\n`);
if (options.write) await writeBenchmarks(summary, table);
clearTimeout(hardStop);
process.exit(0);
