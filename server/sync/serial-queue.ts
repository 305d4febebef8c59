/**
 * Runs items one at a time, in arrival order. A handler that returns a promise holds the items
 * behind it until that promise settles; a handler that throws only loses its own item. When
 * `yieldNow` says so before an item, the rest wait for a later turn of the event loop.
 */
export class SerialQueue<T> {
  private readonly items: T[] = [];
  private running = false;
  private stopped = false;

  constructor(
    private readonly handle: (item: T) => Promise<void> | undefined,
    private readonly onError: (error: unknown, item: T) => void,
    private paused = false,
    private readonly yieldNow: () => boolean = () => false,
  ) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    if (this.stopped) return;
    this.items.push(item);
    this.run();
  }

  resume(): void {
    this.paused = false;
    this.run();
  }

  /** Drop everything queued and ignore what comes later. */
  stop(): void {
    this.stopped = true;
    this.items.length = 0;
  }

  private run(): void {
    if (this.running) return;
    this.running = true;
    while (!this.paused && !this.stopped && this.items.length > 0) {
      if (this.yieldNow()) {
        setImmediate(() => {
          this.running = false;
          this.run();
        });
        return;
      }
      const item = this.items.shift() as T;
      const waiting = this.attempt(item);
      if (waiting) {
        void waiting.then(() => {
          this.running = false;
          this.run();
        });
        return;
      }
    }
    this.running = false;
  }

  private attempt(item: T): Promise<void> | undefined {
    try {
      return this.handle(item)?.catch((error: unknown) => this.onError(error, item));
    } catch (error) {
      this.onError(error, item);
      return undefined;
    }
  }
}
