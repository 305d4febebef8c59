import { open, type FileHandle } from "node:fs/promises";

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

  constructor(
    private readonly flush: () => Promise<void>,
    /** Lets go of what the flushes hold (the WAL's open file), once none is running. */
    private readonly release: () => Promise<void> = async () => undefined,
  ) {}

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

  /** Waits for the flushes asked for, then releases what they hold. */
  async close(): Promise<void> {
    await this.idle();
    await this.release();
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

/**
 * The WAL's file, open from its first flush until the store closes. Opening and closing it around
 * every fdatasync put two more thread-pool round trips on each relay's path (and cost about 4 % of the
 * server's CPU under the many-rooms load). Holding it is safe because SQLite keeps the same `-wal` file
 * while any connection is open (a checkpoint rewinds or truncates it, never replaces it; only the last
 * connection's close deletes it), and the store's own connection outlives this handle.
 */
export class WalFile {
  private handle?: Promise<FileHandle>;
  private closed = false;

  constructor(private readonly path: string) {}

  /** fdatasync of the WAL (its new frames and its length), on the thread pool. */
  async datasync(): Promise<void> {
    // A commit that slipped in while the store closes is still synced, without holding a handle again.
    if (this.closed) return oneShotDatasync(this.path);
    this.handle ??= open(this.path, "r");
    const handle = this.handle;
    try {
      await (await handle).datasync();
    } catch (error) {
      // Open afresh next time: the file may not have existed yet, or this descriptor may be unusable.
      if (this.handle === handle) this.handle = undefined;
      void handle.then((opened) => opened.close()).catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const handle = this.handle;
    this.handle = undefined;
    await (await handle?.catch(() => undefined))?.close();
  }
}

async function oneShotDatasync(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
