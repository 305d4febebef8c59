import type { Worker } from "node:worker_threads";
import { startTsWorker } from "../worker/start-ts-worker";
import type { BuildRequest, BuildResponse } from "./state-builder-worker";

interface Pending {
  resolve(state: Uint8Array): void;
  reject(error: Error): void;
}

/**
 * Builds a board's compacted state from what the SQLite file holds, in one worker thread started on
 * first use, so compaction never encodes a large document on the event loop. A crashed worker fails
 * what it held and is replaced next time.
 */
export class StateBuilder {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(private readonly file: string) {}

  /** The state of the stored state plus the stored log through `throughSeq`, encoded. */
  build(boardId: string, throughSeq: number): Promise<Uint8Array> {
    const id = ++this.nextId;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ id, file: this.file, boardId, throughSeq } satisfies BuildRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(new URL("./state-builder-worker.ts", import.meta.url));
    worker.on("message", (response: BuildResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiting) return;
      if ("state" in response) waiting.resolve(response.state);
      else waiting.reject(new Error(`building the compacted state failed: ${response.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`state builder stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
