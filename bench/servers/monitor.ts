import { monitorEventLoopDelay } from "node:perf_hooks";

/** What a server child reports to the runner over IPC. */
export interface ServerStats {
  /** CPU time used since the process started, in microseconds (user + system). */
  cpuMicros: number;
  rssBytes: number;
  /** JavaScript heap in use, and memory outside it (Buffers, native objects). */
  heapUsedBytes: number;
  externalBytes: number;
  /** Event-loop delay since the last reset, in milliseconds. */
  lagP99Ms: number;
  lagMaxMs: number;
}

const LAG_RESOLUTION_MS = 2;

/** The histogram counts the sampling interval itself in every delay; lag is what is past it. */
const beyondResolution = (nanoseconds: number) => Math.max(0, nanoseconds / 1e6 - LAG_RESOLUTION_MS);

export type MonitorRequest = { id: number; type: "stats" | "reset-lag" | "gc" };

/**
 * Answer the runner's IPC requests from inside a server process: CPU, RSS and event-loop lag are
 * read the same way for every server, so no server needs a stats endpoint of its own.
 */
export function startMonitor(): void {
  const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  lag.enable();
  process.on("message", (request: MonitorRequest) => {
    if (request.type === "reset-lag") lag.reset();
    if (request.type === "gc") globalThis.gc?.();
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    const stats: ServerStats = {
      cpuMicros: cpu.user + cpu.system,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      externalBytes: memory.external,
      lagP99Ms: lag.count > 0 ? beyondResolution(lag.percentile(99)) : 0,
      lagMaxMs: lag.count > 0 ? beyondResolution(lag.max) : 0,
    };
    process.send?.({ id: request.id, stats });
  });
  // The runner's IPC channel must not keep a server alive that is otherwise done.
  process.channel?.unref();
}
