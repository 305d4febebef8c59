import type { LoadWorker } from "../generator/load-worker";
import type { RunRequest, RunResult } from "../generator/load-session";
import type { FigureSink } from "../results";
import type { ServerChild } from "../servers/launch";
import type { Target } from "../servers/targets";
import type { BenchOptions } from "../options";

/** What every measure gets for one target. */
export interface MeasureContext {
  target: Target;
  options: BenchOptions;
  worker: LoadWorker;
  sink: FigureSink;
  /** The running server (replaced by `restart`). */
  server(): ServerChild;
  /** The running server's data directory. */
  dataDir(): string;
  /** Stop the server (gracefully, or by SIGKILL) and start it again on the same data. */
  restart(how: "graceful" | "kill"): Promise<ServerChild>;
  /** A fresh data directory and server, for measures that need a clean slate. */
  fresh(): Promise<ServerChild>;
  log(line: string): void;
}

export interface LoadFigures extends RunResult {
  serverCpuPercent: number;
  serverRssMiB: number;
  lagP99Ms: number;
  lagMaxMs: number;
}

/** The generator is saturated past this share of its thread: the figure would be its, not the server's. */
export const GENERATOR_SATURATED = 0.9;

/** Run one load phase on the worker and read the server's CPU, RSS and event-loop lag around it. */
export async function measuredRun(context: MeasureContext, request: RunRequest): Promise<LoadFigures> {
  const server = context.server();
  const before = await server.request("reset-lag");
  const startedAt = performance.now();
  const result = await context.worker.run(request);
  const after = await server.request("stats");
  const elapsedMs = performance.now() - startedAt;
  return {
    ...result,
    serverCpuPercent: ((after.cpuMicros - before.cpuMicros) / 1000 / elapsedMs) * 100,
    serverRssMiB: after.rssBytes / 2 ** 20,
    lagP99Ms: after.lagP99Ms,
    lagMaxMs: after.lagMaxMs,
  };
}
