/** Resolve after `ms`; the generator's only way to wait for time to pass (pacing, not synchronisation). */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wait until `done()` holds, checking every 5 ms, or until `timeoutMs`; returns whether it held. */
export async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await delay(5);
  }
  return true;
}

/**
 * Call `tick(now)` every `intervalMs` for `durationMs`; ticks that fall behind are not replayed in
 * a burst (the schedule is by the clock, each tick sends what is due).
 */
export async function paced(durationMs: number, intervalMs: number, tick: (elapsed: number) => void) {
  const start = performance.now();
  for (;;) {
    const elapsed = performance.now() - start;
    if (elapsed >= durationMs) return;
    tick(elapsed);
    await delay(intervalMs);
  }
}
