import { Worker } from "node:worker_threads";

/**
 * Runs in a worker thread, so the test's own event loop (building frames, reading floods) does not
 * delay the measurement: GET /api/health on a fresh connection every `intervalMs`, timing each answer.
 */
const PROBE_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const { url, intervalMs, timeoutMs } = workerData;
let samples = [];
let stopped = false;
function probe() {
  if (stopped) return;
  const started = performance.now();
  let done = false;
  const finish = (ok) => {
    if (done) return;
    done = true;
    samples.push({ ms: performance.now() - started, ok, at: Date.now() });
    setTimeout(probe, intervalMs);
  };
  const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
    response.resume();
    response.on("end", () => finish(response.statusCode === 200));
    response.on("error", () => finish(false));
  });
  request.on("timeout", () => { request.destroy(); finish(false); });
  request.on("error", () => finish(false));
}
parentPort.on("message", (message) => {
  if (message === "take") { parentPort.postMessage(samples); samples = []; }
  if (message === "stop") { stopped = true; parentPort.postMessage(samples); }
});
probe();
`;

export interface HealthSample {
  ms: number;
  ok: boolean;
  /** Epoch ms when the probe finished. */
  at: number;
}

export interface HealthProbe {
  /** The samples since the last call (waits for at least one new sample). */
  take(): Promise<HealthSample[]>;
  stop(): Promise<HealthSample[]>;
}

export function startHealthProbe(httpUrl: string, { intervalMs = 20, timeoutMs = 2_000 } = {}): HealthProbe {
  const worker = new Worker(PROBE_SOURCE, {
    eval: true,
    workerData: { url: `${httpUrl}/api/health`, intervalMs, timeoutMs },
  });
  const ask = (message: "take" | "stop") =>
    new Promise<HealthSample[]>((resolve) => {
      worker.once("message", resolve);
      worker.postMessage(message);
    });
  return {
    async take() {
      const samples: HealthSample[] = [];
      const deadline = Date.now() + timeoutMs + 1_000;
      do {
        samples.push(...(await ask("take")));
        if (samples.length > 0) return samples;
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      } while (Date.now() < deadline);
      return samples;
    },
    async stop() {
      const samples = await ask("stop");
      await worker.terminate();
      return samples;
    },
  };
}

/** The worst (or, with q < 1, the q-quantile) latency of the samples. */
export function quantileMs(samples: HealthSample[], q = 1): number {
  if (samples.length === 0) return Number.POSITIVE_INFINITY;
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
