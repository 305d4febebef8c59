export interface SyncLimits {
  /** A single incoming frame larger than this closes the connection with messageTooLarge. */
  maxMessageBytes: number;
  /** Updates that would grow the encoded document past this are refused with messageTooLarge. */
  maxDocBytes: number;
  /** A room with no connections unloads (flush, compact, destroy) after this long. */
  idleUnloadMs: number;
  /** Compact the room's update log once it holds more updates than this. */
  compactAfterUpdates: number;
  /** A socket with more than this queued unsent is a slow reader and is closed. */
  maxBufferedBytes: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxMessageBytes: 2 * MIB,
  maxDocBytes: 32 * MIB,
  idleUnloadMs: 30_000,
  compactAfterUpdates: 500,
  maxBufferedBytes: 8 * MIB,
};

export function resolveLimits(overrides: Partial<SyncLimits> = {}): SyncLimits {
  const limits = { ...DEFAULT_SYNC_LIMITS };
  for (const key of Object.keys(limits) as (keyof SyncLimits)[]) {
    const value = overrides[key];
    if (value !== undefined) {
      if (!Number.isFinite(value) || value < 0)
        throw new RangeError(`sync limit ${key} must be >= 0, got ${value}`);
      limits[key] = value;
    }
  }
  return limits;
}
