export interface AutoSnapshotOptions {
  /** How long a board must go without edits before its burst is saved. */
  quietMs: number;
  /** Fewer edits than this since the last save: nothing is saved. */
  minEdits: number;
  save(boardId: string): Promise<void>;
  onError(boardId: string, error: unknown): void;
}

interface Burst {
  edits: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** Saves an automatic snapshot when a board goes quiet after a burst of at least `minEdits` edits. */
export class AutoSnapshots {
  private readonly bursts = new Map<string, Burst>();
  private stopped = false;

  constructor(private readonly options: AutoSnapshotOptions) {}

  /** A person edited the board: restart its quiet timer. */
  edited(boardId: string): void {
    if (this.stopped) return;
    const burst = this.bursts.get(boardId) ?? { edits: 0 };
    burst.edits++;
    if (burst.timer) clearTimeout(burst.timer);
    burst.timer = setTimeout(() => this.quiet(boardId), this.options.quietMs);
    // A pending automatic snapshot never keeps the process alive on shutdown.
    burst.timer.unref?.();
    this.bursts.set(boardId, burst);
  }

  /** Stop saving; pending bursts are dropped. */
  stop(): void {
    this.stopped = true;
    for (const burst of this.bursts.values()) if (burst.timer) clearTimeout(burst.timer);
    this.bursts.clear();
  }

  private quiet(boardId: string): void {
    const burst = this.bursts.get(boardId);
    this.bursts.delete(boardId);
    if (!burst || burst.edits < this.options.minEdits || this.stopped) return;
    this.options.save(boardId).catch((error: unknown) => this.options.onError(boardId, error));
  }
}
