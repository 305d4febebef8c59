import { RequestWorker } from "../worker/request-worker";
import type { BuildRequest } from "./state-builder-worker";

/**
 * Builds a board's compacted state from what the SQLite file holds, in one worker thread, so
 * compaction never encodes a large document on the event loop.
 */
export class StateBuilder {
  private readonly worker = new RequestWorker<Omit<BuildRequest, "id">, Uint8Array>(
    new URL("./state-builder-worker.ts", import.meta.url),
    "building the compacted state",
  );

  constructor(private readonly file: string) {}

  /** The state of the stored state plus the stored log through `throughSeq`, encoded. */
  build(boardId: string, throughSeq: number): Promise<Uint8Array> {
    return this.worker.request({ file: this.file, boardId, throughSeq });
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
