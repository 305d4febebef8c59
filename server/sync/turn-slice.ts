/**
 * A room's share of one turn of the event loop. `ws` hands over every frame of a socket read at
 * once (64 KiB can hold hundreds), and each is decoded, checked and applied synchronously: without
 * a budget one burst holds the loop for hundreds of milliseconds and every other board waits. The
 * room's queues ask `spent` before each frame and carry on in a later turn once it is.
 */
export class TurnSlice {
  private startedAt: number | undefined;

  constructor(private readonly budgetMs: number) {}

  /** True once this turn's work for the room has taken the budget; starts the slice on first use. */
  get spent(): boolean {
    const now = performance.now();
    if (this.startedAt === undefined) {
      this.startedAt = now;
      // The next turn starts a new slice, whoever asks first.
      setImmediate(() => (this.startedAt = undefined));
      return false;
    }
    return now - this.startedAt >= this.budgetMs;
  }
}
