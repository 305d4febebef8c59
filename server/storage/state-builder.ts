import { RequestWorker } from "../worker/request-worker";
import type { BuildRequest } from "./state-builder-worker";

const WORKER = new URL("./state-builder-worker.ts", import.meta.url);

/**
 * Builds a board's compacted state, and a large board's joiner's update, from what the SQLite file
 * holds, in worker threads, so neither compaction nor a joiner encodes a large document on the event
 * loop. Joins have a worker of their own: a joiner never waits behind a compaction's build.
 */
export class StateBuilder {
  private readonly worker = new RequestWorker<Omit<BuildRequest, "id">, Uint8Array>(
    WORKER,
    "building the compacted state",
  );
  private readonly joinWorker = new RequestWorker<Omit<BuildRequest, "id">, Uint8Array>(
    WORKER,
    "building a joiner's state",
  );

  constructor(private readonly file: string) {}

  /** The state of the stored state plus the stored log through `throughSeq`, encoded. */
  build(boardId: string, throughSeq: number): Promise<Uint8Array> {
    return this.worker.request({ kind: "build", file: this.file, boardId, throughSeq });
  }

  /** What a joiner holding `stateVector` lacks of the stored board through `throughSeq`, merged. */
  joinerUpdate(boardId: string, throughSeq: number, stateVector: Uint8Array): Promise<Uint8Array> {
    return this.joinWorker.request({ kind: "join", file: this.file, boardId, throughSeq, stateVector });
  }

  /** Start the joiners' worker now, so the first large board's joiner does not wait for it to load. */
  prestartJoins(): void {
    this.joinWorker.prestart();
  }

  get joinsReady(): boolean {
    return this.joinWorker.running;
  }

  async close(): Promise<void> {
    await Promise.all([this.worker.close(), this.joinWorker.close()]);
  }
}
