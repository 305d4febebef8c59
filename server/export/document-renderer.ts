import type { Worker } from "node:worker_threads";
import type { BoardReport } from "../../shared/export/report-model";
import { startTsWorker } from "../worker/start-ts-worker";
import type { RenderRequest, RenderResponse } from "./render-worker";

/** Too many documents waiting to be rendered: the HTTP layer answers 503, retry later. */
export class RendererBusyError extends Error {
  constructor() {
    super("too many exports are being rendered");
    this.name = "RendererBusyError";
  }
}

interface Pending {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

/**
 * Renders DOCX and PDF files in one worker thread, started on first use, one document at a time
 * and at most `maxPending` waiting. A crashed worker fails what it held and is replaced next time.
 */
export class DocumentRenderer {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(private readonly maxPending = 8) {}

  render(format: RenderRequest["format"], report: BoardReport): Promise<Uint8Array> {
    if (this.pending.size >= this.maxPending) return Promise.reject(new RendererBusyError());
    const id = ++this.nextId;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ id, format, report } satisfies RenderRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(new URL("./render-worker.ts", import.meta.url));
    worker.on("message", (response: RenderResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiting) return;
      if ("bytes" in response) waiting.resolve(response.bytes);
      else waiting.reject(new Error(`export rendering failed: ${response.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`export renderer stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
