import { Worker } from "node:worker_threads";
import type { ConnectRequest, RunRequest, RunResult } from "./load-session";
import type { WorkerReply, WorkerRequest } from "./worker";

const WORKER_URL = new URL("./worker.ts", import.meta.url).href;
// Node 20 does not hand `--import tsx` to worker threads: register tsx in the thread, then load it.
const BOOTSTRAP = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}); });`;

/** The runner's handle on the generator thread: one request at a time. */
export class LoadWorker {
  private readonly worker = new Worker(BOOTSTRAP, { eval: true });
  private pending: Promise<unknown> = Promise.resolve();

  connect(request: ConnectRequest): Promise<void> {
    return this.call({ op: "connect", request }) as Promise<void>;
  }

  run(request: RunRequest): Promise<RunResult> {
    return this.call({ op: "run", request }) as Promise<RunResult>;
  }

  close(): Promise<void> {
    return this.call({ op: "close" }) as Promise<void>;
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private call(message: WorkerRequest): Promise<unknown> {
    const reply = this.pending.then(
      () =>
        new Promise((resolve, reject) => {
          this.worker.once("message", (answer: WorkerReply) =>
            answer.ok ? resolve(answer.value) : reject(new Error(answer.error)),
          );
          this.worker.postMessage(message);
        }),
    );
    this.pending = reply.catch(() => undefined);
    return reply;
  }
}
