import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/** How much nicer than the event loop a background thread runs (Linux nice steps; 19 is the floor). */
export const BACKGROUND_NICE_STEP = 10;
const LOWEST_PRIORITY = 19;

/**
 * Lower the calling thread's CPU priority below the event loop's, where the system lets a thread have
 * a priority of its own (Linux: the nice value is per thread, and `setpriority` on a thread id changes
 * that thread alone). Returns the thread's nice value after, or undefined where nothing changed.
 *
 * Why: the workers (state building for compaction and large joins, WAL checkpoints, exports) exist so
 * that long work does not stall the event loop; but on a server with one core, or more busy threads
 * than cores, a worker at the same priority still takes the CPU from the loop for as long as the
 * scheduler gives it, and every live board's relay waits. At nice +10 the scheduler gives a worker
 * about a tenth of a contended core, and all of an idle one.
 */
export function lowerThisThreadsPriority(step = BACKGROUND_NICE_STEP): number | undefined {
  if (process.platform !== "linux") return undefined;
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>": the calling thread's own entry.
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return undefined;
    const nice = Math.min(LOWEST_PRIORITY, getPriority(threadId) + step);
    setPriority(threadId, nice);
    return getPriority(threadId);
  } catch {
    // A system that refuses (a sandbox without /proc, a policy) leaves the thread as it was: slower
    // relays under contention, nothing worse.
    return undefined;
  }
}
