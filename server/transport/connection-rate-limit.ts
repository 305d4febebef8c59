export interface ConnectionRateOptions {
  /** Connections refilled per minute. */
  perMinute: number;
  /** Connections that may be opened at once after a quiet spell. */
  burst: number;
}

// Above this many tracked addresses, full buckets (addresses quiet long enough) are dropped.
const SWEEP_ABOVE = 10_000;

/** A token bucket per client address for new sync connections, checked before anything is allocated. */
export class ConnectionRateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly options: ConnectionRateOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = options.perMinute / 60_000;
  }

  /** Take one connection for `address`; false when its bucket is empty. */
  take(address: string): boolean {
    const now = this.now();
    if (this.buckets.size > SWEEP_ABOVE) this.sweep(now);
    const bucket = this.buckets.get(address) ?? { tokens: this.options.burst, at: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(address, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  get trackedAddresses(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    for (const [address, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.options.burst) this.buckets.delete(address);
    }
  }
}
