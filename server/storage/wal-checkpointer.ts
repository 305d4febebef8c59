import type { Database } from "better-sqlite3";
import { RequestWorker } from "../worker/request-worker";
import type { CheckpointRequest, CheckpointResult } from "./checkpoint-worker";

const WORKER = new URL("./checkpoint-worker.ts", import.meta.url);

/** How often the WAL is checkpointed while the store writes: the WAL holds about this long of writes. */
export const CHECKPOINT_EVERY_MS = 1000;

/** SQLite's own default, put back on the main connection if checkpoints off it cannot run. */
const FALLBACK_AUTOCHECKPOINT_PAGES = 1000;

/** Where the checkpoints run: a worker thread with its own connection, or a test's stand-in. */
export interface Checkpoints {
  run(): Promise<CheckpointResult>;
  close(): Promise<void>;
}

/** Checkpoints in a worker thread of their own, started at the first one. */
export function workerCheckpoints(file: string): Checkpoints {
  const worker = new RequestWorker<Omit<CheckpointRequest, "id">, CheckpointResult>(
    WORKER,
    "The WAL checkpoint",
  );
  return {
    run: () => worker.request({ kind: "checkpoint", file }),
    async close() {
      // Its connection closes first, so the main connection stays the file's last (which deletes the WAL).
      if (worker.running) await worker.request({ kind: "close", file }).catch(() => undefined);
      await worker.close();
    },
  };
}

/**
 * Moves the WAL's checkpoints off the event loop (D21). SQLite checkpoints inside the commit that
 * takes the WAL past 1,000 pages: it copies them into the database file and syncs both files, on the
 * main thread, which stalled every board for 15–70 ms whenever it fell on a large compaction's part
 * or a busy moment. Here the main connection never checkpoints (`wal_autocheckpoint = 0`); about once
 * a second, when it has written since the last one, a PASSIVE checkpoint runs on another connection in
 * a worker thread. Nothing changes for durability: a commit is durable once the WAL is synced (D18),
 * and a checkpoint only copies what is already durable. Should the worker fail, the main connection
 * checkpoints itself again, as SQLite does by default, so the WAL never grows without bound.
 */
export class WalCheckpointer {
  private readonly timer: NodeJS.Timeout;
  private readonly totalChanges;
  private changesSeen: number;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly checkpoints: Checkpoints,
    intervalMs = CHECKPOINT_EVERY_MS,
  ) {
    db.pragma("wal_autocheckpoint = 0");
    // Rows this connection has inserted, updated or deleted since it opened: unchanged means no write.
    this.totalChanges = db.prepare<[], number>("SELECT total_changes()").pluck();
    this.changesSeen = this.totalChanges.get() ?? 0;
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  /** Stops checkpointing; a checkpoint under way ends first. The main connection's close does the last. */
  async close(): Promise<void> {
    this.stop();
    await this.running;
    await this.checkpoints.close();
  }

  private tick(): void {
    if (this.stopped || this.running || !this.db.open) return;
    const changes = this.totalChanges.get() ?? 0;
    if (changes === this.changesSeen) return;
    this.changesSeen = changes;
    this.running = this.checkpoints
      .run()
      .then(
        () => undefined,
        () => this.fallBack(),
      )
      .finally(() => {
        this.running = undefined;
      });
  }

  private fallBack(): void {
    this.stop();
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  }

  private stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }
}
