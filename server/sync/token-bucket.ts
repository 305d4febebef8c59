/**
 * A token bucket: `perSecond` tokens flow in, at most `burst` are kept. `take` may run the bucket
 * into debt down to `-allowedDebt`, so a limit can be enforced softly before it is enforced hard.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Take one token; false (and nothing taken) when that would go deeper than `allowedDebt`. */
  take(allowedDebt = 0): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens - 1 < -allowedDebt) return false;
    this.tokens -= 1;
    return true;
  }
}
