import type { Database } from "better-sqlite3";
import { RequestWorker } from "../worker/request-worker";
import type { CheckpointRequest, CheckpointResult } from "./checkpoint-worker";

const WORKER = new URL("./checkpoint-worker.ts", import.meta.url);

export interface CheckpointOptions {
  /** How often the WAL is looked at once the file has been written. */
  everyMs?: number;
  /** Below this many frames (4 KiB pages) in the WAL, no checkpoint runs (SQLite's own threshold). */
  startAboveFrames?: number;
  /** Past this many frames (4 KiB pages) in the WAL, a checkpoint makes the next write start it again. */
  restartAboveFrames?: number;
  /**
   * Start the worker now, not at the file's first write: a server's one worker is then part of its
   * baseline memory and its loading part of its start, not of the first edit's moment. Off for the many
   * short-lived stores of tests.
   */
  startAtOnce?: boolean;
}

const DEFAULTS: Required<CheckpointOptions> = {
  everyMs: 1000,
  startAboveFrames: 1000,
  restartAboveFrames: 4096,
  startAtOnce: false,
};

/** Failed checkpoints in a row (a crashed worker is started again by the next) before falling back. */
const FAILURES_BEFORE_FALLBACK = 3;

/** SQLite's own default, put back on the main connection if checkpoints off it cannot run. */
const FALLBACK_AUTOCHECKPOINT_PAGES = 1000;

/** Where the checkpoints run: a worker thread with its own connection, or a test's stand-in. */
export interface Checkpoints {
  run(options: { startAboveFrames: number; restartAboveFrames: number }): Promise<CheckpointResult>;
  /** Get ready to run: load the worker's thread now. */
  prestart(): void;
  close(): Promise<void>;
}

/** Checkpoints in a worker thread of their own, started at the first one. */
export function workerCheckpoints(file: string): Checkpoints {
  const worker = new RequestWorker<Omit<CheckpointRequest, "id">, CheckpointResult | null>(
    WORKER,
    "The WAL checkpoint",
  );
  return {
    run: async (frames) => {
      const result = await worker.request({ kind: "checkpoint", file, ...frames });
      if (!result) throw new Error("The WAL checkpoint answered nothing.");
      return result;
    },
    prestart: () => worker.prestart(),
    async close() {
      if (worker.running) {
        await worker
          .request({ kind: "close", file, startAboveFrames: 0, restartAboveFrames: 0 })
          .catch(() => undefined);
      }
      await worker.close();
    },
  };
}

/**
 * Moves the WAL's checkpoints off the event loop (D21). SQLite checkpoints inside the commit that
 * takes the WAL past 1,000 pages: it copies them into the database file and syncs both files on the
 * main thread, stalling every board whenever that fell on a large compaction's part or a busy moment.
 * Here the store's connection never checkpoints (`wal_autocheckpoint = 0`); once the file has been
 * written, a worker thread looks at the WAL every `everyMs` and checkpoints it past `startAboveFrames`.
 * Durability is unchanged: a commit is durable once the WAL is synced (D18), and a checkpoint copies
 * only committed frames. If checkpoints fail three times in a row, the store's connection checkpoints
 * itself again as SQLite does by default, and `onFallback` says why.
 */
export class WalCheckpointer {
  private readonly options: Required<CheckpointOptions>;
  private readonly timer: NodeJS.Timeout;
  private readonly fileChanges: () => string;
  private readonly changesAtOpen: string;
  private started = false;
  private failures = 0;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly checkpoints: Checkpoints,
    options: CheckpointOptions = {},
    private readonly onFallback: (error: unknown) => void = warnOfFallback,
  ) {
    this.options = { ...DEFAULTS, ...options };
    db.pragma("wal_autocheckpoint = 0");
    // Until the file is first written, no worker is started: a store opened and closed within a second,
    // as in many tests, never starts one. Written means rows this connection changed (total_changes) or
    // a commit by another connection to the file (data_version): the access store creates the boards.
    const totalChanges = db.prepare<[], number>("SELECT total_changes()").pluck();
    const dataVersion = db.prepare<[], number>("PRAGMA data_version").pluck();
    this.fileChanges = () => `${totalChanges.get() ?? 0}:${dataVersion.get() ?? 0}`;
    this.changesAtOpen = this.fileChanges();
    if (this.options.startAtOnce) {
      this.started = true;
      checkpoints.prestart();
    }
    this.timer = setInterval(() => this.tick(), this.options.everyMs);
    this.timer.unref();
  }

  /** Stops checkpointing; a checkpoint under way ends first. The store's connection, closing last, does the last. */
  async close(): Promise<void> {
    this.stop();
    await this.running;
    await this.checkpoints.close();
  }

  private tick(): void {
    if (this.stopped || this.running || !this.db.open) return;
    // Once started, every tick: a checkpoint with nothing to copy costs next to nothing, and writes the
    // row count misses (free pages handed back, the access and snapshot stores' rows) are copied too.
    if (!this.started && this.fileChanges() === this.changesAtOpen) return;
    this.started = true;
    const { startAboveFrames, restartAboveFrames } = this.options;
    this.running = this.checkpoints
      .run({ startAboveFrames, restartAboveFrames })
      .then(
        () => {
          this.failures = 0;
        },
        (error: unknown) => {
          if (++this.failures >= FAILURES_BEFORE_FALLBACK) this.fallBack(error);
        },
      )
      .finally(() => {
        this.running = undefined;
      });
  }

  private fallBack(error: unknown): void {
    this.stop();
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
    this.onFallback(error);
  }

  private stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }
}

function warnOfFallback(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.emitWarning(`WAL checkpoints are back inside the store's commits (D21): ${reason}`);
}
