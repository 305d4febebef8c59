export interface SyncLimits {
  /** A single incoming frame larger than this closes the connection with messageTooLarge. */
  maxMessageBytes: number;
  /** Updates that would grow the encoded document past this are refused with messageTooLarge. */
  maxDocBytes: number;
  /** A room with no connections unloads (flush, compact, destroy) after this long. */
  idleUnloadMs: number;
  /** Compact the room's update log once it holds more updates than this. */
  compactAfterUpdates: number;
  /**
   * Each room puts its next compaction off by a random share, up to this fraction, of
   * compactAfterUpdates, so rooms loaded and edited together do not all compact in the same second.
   */
  compactionSpread: number;
  /**
   * A joiner holding nothing of a board estimated larger than this gets its state built by the store
   * in a worker thread (when the store can), not encoded on the event loop (S32). Below it the encode
   * holds the loop for tens of milliseconds (30-60 ms at 1.6 MB on the bench's 2-core machines) and the
   * joiner gets its state about as soon as through the worker.
   */
  storeJoinAboveBytes: number;
  /** A socket with more than this queued unsent is a slow reader and is closed. */
  maxBufferedBytes: number;
  /** Document updates (and sync step 2s) a connection may send per second, on average. */
  updatesPerSecond: number;
  /** Updates a connection may send at once beyond that rate; twice this past the rate closes it. */
  updateBurst: number;
  /** Awareness updates a connection may send per second; the excess is dropped. */
  awarenessPerSecond: number;
  awarenessBurst: number;
  /** Frames of one connection waiting (for the room to load, or behind a step 1) before it is closed. */
  maxQueuedFrames: number;
  /** Bytes of those waiting frames. */
  maxQueuedBytes: number;
  /**
   * Stop reading a connection's socket while this many of its frames wait (or this many bytes),
   * and read again once a quarter of that is left: a fast sender waits in TCP, not in memory.
   */
  pauseReadingAtFrames: number;
  pauseReadingAtBytes: number;
  /** Work one room does on incoming frames per turn of the event loop before the rest wait a turn. */
  turnBudgetMs: number;
  /** Rooms held in memory; when full, idle ones unload and new ones are refused with serverBusy. */
  maxRooms: number;
  /** Largest awareness state (its JSON) a client may announce; larger ones are dropped. */
  maxAwarenessStateBytes: number;
  /** Awareness client ids one connection may own; the first ones it announces are its own. */
  maxAwarenessClients: number;
  /** Structs (items, gc and skip runs) in one incoming update. */
  maxUpdateStructs: number;
  /** Delete-set ranges in one incoming update. */
  maxUpdateDeletes: number;
}

const KIB = 1024;
const MIB = 1024 * KIB;

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxMessageBytes: 2 * MIB,
  maxDocBytes: 32 * MIB,
  idleUnloadMs: 30_000,
  compactAfterUpdates: 500,
  compactionSpread: 0.5,
  storeJoinAboveBytes: 2 * MIB,
  maxBufferedBytes: 8 * MIB,
  updatesPerSecond: 60,
  updateBurst: 300,
  awarenessPerSecond: 30,
  awarenessBurst: 60,
  maxQueuedFrames: 500,
  maxQueuedBytes: 8 * MIB,
  pauseReadingAtFrames: 64,
  pauseReadingAtBytes: 1 * MIB,
  turnBudgetMs: 8,
  maxRooms: 2000,
  maxAwarenessStateBytes: 8 * KIB,
  maxAwarenessClients: 1,
  maxUpdateStructs: 100_000,
  maxUpdateDeletes: 100_000,
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
