/**
 * Call `onOrphaned` when the process that started this one goes away. `npm start` does not pass
 * SIGTERM on to its script, so a supervisor that signals npm would otherwise leave the server
 * running, orphaned, with the port held and updates unflushed.
 */
export function watchParent(onOrphaned: () => void, intervalMs = 1000): { stop(): void } {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
