import { readFileSync } from "node:fs";

/** Linux reports a thread's CPU time in clock ticks of 1/100 s (USER_HZ, fixed at 100 for /proc). */
const TICK_MS = 10;

/**
 * CPU time (user + system) the calling thread has used, in milliseconds, read from Linux's
 * /proc/thread-self/stat; undefined elsewhere. Node 20 has no per-thread CPU clock
 * (`process.cpuUsage` counts every thread of the process, and the runner's main thread shares it), so
 * the generator's worker thread reads its own.
 */
export function threadCpuMs(
  read: () => string = () => readFileSync("/proc/thread-self/stat", "utf8"),
): number | undefined {
  let stat: string;
  try {
    stat = read();
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14 and 15 (utime, stime) of the whole line are the 12th and 13th after the name.
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return undefined;
  return (user + system) * TICK_MS;
}
