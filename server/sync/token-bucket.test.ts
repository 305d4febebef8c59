import { describe, expect, it } from "vitest";
import { DEFAULT_SYNC_LIMITS } from "./limits";
import { TokenBucket } from "./token-bucket";

/** A bucket on a clock the test moves, and a way to send `count` events `intervalMs` apart. */
function bucketAt(perSecond: number, burst: number) {
  let now = 0;
  const bucket = new TokenBucket(perSecond, burst, () => now);
  const send = (count: number, intervalMs: number, allowedDebt = 0) => {
    let refused = 0;
    for (let index = 0; index < count; index++) {
      if (!bucket.take(allowedDebt)) refused++;
      now += intervalMs;
    }
    return refused;
  };
  return { send, wait: (ms: number) => (now += ms) };
}

describe("token bucket", () => {
  const { updatesPerSecond, updateBurst, awarenessPerSecond, awarenessBurst } = DEFAULT_SYNC_LIMITS;

  it("[S18] fast typing (20 keys/s for 10 minutes, with 200-update pastes) never trips the update limit", () => {
    const { send } = bucketAt(updatesPerSecond, updateBurst);
    for (let minute = 0; minute < 10; minute++) {
      expect(send(200, 0)).toBe(0);
      expect(send(20 * 60, 50)).toBe(0);
    }
  });

  it("[S18] 10 Hz cursor moves with a burst of 30 never trip the awareness limit", () => {
    const { send } = bucketAt(awarenessPerSecond, awarenessBurst);
    for (let minute = 0; minute < 10; minute++) {
      expect(send(30, 0)).toBe(0);
      expect(send(10 * 60, 100)).toBe(0);
    }
  });

  it("[S18] a flood is refused past the burst, or past the allowed debt, and the bucket refills", () => {
    const { send, wait } = bucketAt(10, 20);
    expect(send(25, 0)).toBe(5);
    wait(1000);
    expect(send(10, 0)).toBe(0);
    expect(send(1, 0)).toBe(1);
    wait(60_000);
    expect(send(60, 0, 20)).toBe(20);
  });
});
