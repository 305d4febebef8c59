import { open } from "node:fs/promises";

/**
 * Makes the SQLite write-ahead log durable off the event loop (D18). The store's own connection runs
 * with `synchronous=NORMAL`, so a commit hands its WAL frames to the operating system and returns; the
 * fdatasync SQLite's FULL mode would have run inside COMMIT, blocking the event loop for the length of a
 * disk flush, runs here on libuv's thread pool instead, and an append resolves only once it has.
 *
 * Every commit is a whole-file flush away from durable: the WAL is one file written in order, so one
 * fdatasync covers every commit made before it started. Requests that arrive while a flush runs share
 * the next one (a group sync), and a request never resolves on a flush that started before it.
 */
export class WalSync {
  private running?: Promise<void>;
  private next?: { promise: Promise<void>; resolve(): void; reject(error: unknown): void };

  constructor(private readonly flush: () => Promise<void>) {}

  /** Durable once it resolves: a flush that started after this call has completed. */
  request(): Promise<void> {
    if (!this.running) return this.start();
    if (!this.next) {
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<void>((done, fail) => ((resolve = done), (reject = fail)));
      this.next = { promise, resolve, reject };
    }
    return this.next.promise;
  }

  /** A flush is running now. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Resolves once no flush is running or waiting (whatever their outcome). */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  private start(): Promise<void> {
    const running = this.flush();
    this.running = running;
    const after = () => {
      this.running = undefined;
      const waiting = this.next;
      this.next = undefined;
      if (waiting) this.start().then(waiting.resolve, waiting.reject);
    };
    running.then(after, after);
    return running;
  }
}

/** fdatasync of `path` (the WAL: its new frames and its length), on the thread pool. */
export async function datasyncFile(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
