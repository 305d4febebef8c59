import type { Worker } from "node:worker_threads";
import { startTsWorker } from "./start-ts-worker";

/** What a request worker posts back: the value for request `id`, or why it failed. */
export type WorkerResponse<T> = { id: number; value: T } | { id: number; error: string };

interface Pending<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

/**
 * One worker thread that answers requests by id, started on first use. A crashed worker fails what it
 * held and is replaced by the next request. `what` names the work in error messages.
 */
export class RequestWorker<Request extends object, Value> {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending<Value>>();
  private nextId = 0;

  constructor(
    private readonly entry: URL,
    private readonly what: string,
  ) {}

  /** A worker thread is running (started by a request or by `prestart`). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Start the thread now: loading its module takes a few hundred milliseconds of CPU, which would
   * otherwise land on the first request's path.
   */
  prestart(): void {
    this.start();
  }

  /** Requests sent and not answered yet. */
  get waiting(): number {
    return this.pending.size;
  }

  request(request: Request): Promise<Value> {
    const id = ++this.nextId;
    return new Promise<Value>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ ...request, id });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(this.entry);
    worker.on("message", (response: WorkerResponse<Value>) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiting) return;
      if ("value" in response) waiting.resolve(response.value);
      else waiting.reject(new Error(`${this.what} failed: ${response.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`${this.what} stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
