/** The q-th quantile (0..1) of `values` by nearest rank; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** The median, NaN left out; an infinite value (a run that never finished) counts as the largest. */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => !Number.isNaN(value));
  if (finite.length === 0) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * When each sent update reached every receiver it was meant for. Keyed by the (client, clock) its
 * first struct starts at, which is how a relayed update is recognised.
 */
export class DeliveryLog {
  private readonly sent = new Map<
    number,
    Map<number, { at: number; waiting: number; last: number; bytes: number }>
  >();
  private expected = 0;
  private received = 0;

  sending(client: number, clock: number, receivers: number, at: number, bytes = 0): void {
    let clocks = this.sent.get(client);
    if (!clocks) this.sent.set(client, (clocks = new Map()));
    clocks.set(clock, { at, waiting: receivers, last: at, bytes });
    this.expected += receivers;
  }

  arrived(client: number, clock: number, at: number): void {
    const entry = this.sent.get(client)?.get(clock);
    if (!entry || entry.waiting === 0) return;
    entry.waiting--;
    entry.last = Math.max(entry.last, at);
    this.received++;
  }

  /** Whether `bytes` is the size of the update sent as (client, clock): a relay of exactly that update. */
  isExactly(client: number, clock: number, bytes: number): boolean {
    return this.sent.get(client)?.get(clock)?.bytes === bytes;
  }

  /** Every sent update of `client` that starts in [from, to) arrived (a merged relay carries several). */
  arrivedRange(client: number, from: number, to: number, at: number): void {
    if (to - from === 1) return this.arrived(client, from, at);
    const clocks = this.sent.get(client);
    if (!clocks) return;
    for (const clock of clocks.keys()) if (clock >= from && clock < to) this.arrived(client, clock, at);
  }

  get isComplete(): boolean {
    return this.received === this.expected;
  }

  /** Received deliveries over expected ones (1 when nothing was sent). */
  get deliveredRatio(): number {
    return this.expected === 0 ? 1 : this.received / this.expected;
  }

  /** For each update every receiver got: ms from sending to the last receiver having it. */
  latencies(): number[] {
    const latencies: number[] = [];
    for (const clocks of this.sent.values()) {
      for (const entry of clocks.values()) if (entry.waiting === 0) latencies.push(entry.last - entry.at);
    }
    return latencies;
  }
}
