import { performance } from "node:perf_hooks";
import type { BoardRef, Framing } from "../servers/targets";
import { DeliveryLog, quantile } from "../stats";
import { cursorUpdate } from "./awareness";
import { BenchClient, connectMany } from "./client";
import { paced, until } from "./pace";
import { firstStructId, structRanges } from "./protocol";
import { threadCpuMs } from "./thread-cpu";
import { benchClientId, typingChain, type UpdateChain } from "./updates";

export interface ConnectRequest {
  boards: BoardRef[];
  framing: Framing;
  /** Clients on each board. */
  perBoard: number;
  /** Only the first client of each board writes (fan-out); otherwise all do. */
  firstWrites: boolean;
  /** Keystrokes pre-computed per writer. */
  keystrokes: number;
}

export interface RunRequest {
  durationMs: number;
  /** Keystroke updates per second over all writers, spread round-robin. */
  updatesPerSecond: number;
  /** Awareness (caret) updates per second per client; 0 for none. */
  awarenessHz: number;
  /** How long to wait after the last send for stragglers. */
  graceMs: number;
}

export interface RunResult {
  p50Ms: number;
  p99Ms: number;
  deliveredRatio: number;
  updatesSent: number;
  /** Achieved keystroke updates per second. */
  sentPerSecond: number;
  /** Frames all clients received per second (updates and awareness). */
  framesPerSecond: number;
  /** Share of the generator thread's time it was busy (1 = saturated). */
  generatorUtilisation: number;
  /** CPU time the generator thread used, as a share of the run's wall time; NaN where not readable. */
  generatorCpu: number;
  /** Clients whose socket closed during the run. */
  closedClients: number;
}

const TICK_MS = 10;

/** Clients on boards, each writer with its pre-computed keystrokes; runs paced load phases. */
export class LoadSession {
  /** Each writer's next update; runs continue where the last one stopped. */
  private readonly next = new Map<BenchClient, number>();
  private awarenessTurn = 0;

  private constructor(
    private readonly clients: BenchClient[],
    private readonly chains: Map<BenchClient, UpdateChain>,
    private readonly groupSize: number,
    /** Replaced per run; the clients' update handler reads it through this holder. */
    private readonly tracker: { log: DeliveryLog },
  ) {}

  static async connect(request: ConnectRequest): Promise<LoadSession> {
    const { boards, framing, perBoard, firstWrites, keystrokes } = request;
    const tracker = { log: new DeliveryLog() };
    const onUpdateOf = (self: number) => (update: Uint8Array, at: number) => {
      // Fast path: the relay of one sent update, byte for byte the size it was sent at.
      const first = firstStructId(update);
      if (
        first &&
        first.client !== self &&
        tracker.log.isExactly(first.client, first.clock, update.byteLength)
      ) {
        return tracker.log.arrived(first.client, first.clock, at);
      }
      for (const { client, from, to } of structRanges(update)) {
        // A server may relay a merged update that holds the receiver's own edits too: not a delivery.
        if (client !== self) tracker.log.arrivedRange(client, from, to, at);
      }
    };
    const clients = await connectMany(boards.length * perBoard, (index) =>
      BenchClient.connect(boards[Math.floor(index / perBoard)] as BoardRef, framing, {
        onUpdate: onUpdateOf(benchClientId(index)),
      }),
    );
    const chains = new Map<BenchClient, UpdateChain>();
    clients.forEach((client, index) => {
      if (firstWrites && index % perBoard !== 0) return;
      chains.set(client, typingChain(benchClientId(index), keystrokes));
    });
    const session = new LoadSession(clients, chains, perBoard, tracker);
    // Each writer's first update creates its action: sent and delivered before anything is timed.
    for (const [client, chain] of chains) session.send(client, chain, 0);
    const warm = await until(() => session.tracker.log.isComplete, 30_000);
    if (!warm) throw new Error(`warm-up not delivered (${session.tracker.log.deliveredRatio})`);
    return session;
  }

  async run({ durationMs, updatesPerSecond, awarenessHz, graceMs }: RunRequest): Promise<RunResult> {
    this.tracker.log = new DeliveryLog();
    const writers = [...this.chains.entries()];
    const framesBefore = this.framesReceived();
    const cursors = this.cursorFrames(Math.ceil((awarenessHz * this.clients.length * durationMs) / 1000));
    const eluStart = performance.eventLoopUtilization();
    const cpuStart = threadCpuMs();
    const startedAt = performance.now();
    let sent = 0;
    let awarenessSent = 0;
    let writerTurn = 0;
    await paced(durationMs, TICK_MS, (elapsed) => {
      const due = Math.floor((updatesPerSecond * elapsed) / 1000);
      for (let tries = 0; sent < due && tries < writers.length * 2; tries++) {
        const [client, chain] = writers[writerTurn++ % writers.length] as [BenchClient, UpdateChain];
        const index = this.next.get(client) ?? 1;
        if (index >= chain.updates.length || !client.isOpen) continue;
        this.send(client, chain, index);
        this.next.set(client, index + 1);
        sent++;
      }
      const awarenessDue = Math.floor((awarenessHz * this.clients.length * elapsed) / 1000);
      while (awarenessSent < awarenessDue && awarenessSent < cursors.length) {
        const turn = this.awarenessTurn++;
        (this.clients[turn % this.clients.length] as BenchClient).send(cursors[awarenessSent] as Uint8Array);
        awarenessSent++;
      }
    });
    const sendingMs = performance.now() - startedAt;
    await until(() => this.tracker.log.isComplete, graceMs);
    const elapsedMs = performance.now() - startedAt;
    const cpuEnd = threadCpuMs();
    const latencies = this.tracker.log.latencies();
    return {
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      deliveredRatio: this.tracker.log.deliveredRatio,
      updatesSent: sent,
      sentPerSecond: (sent * 1000) / sendingMs,
      framesPerSecond: ((this.framesReceived() - framesBefore) * 1000) / elapsedMs,
      generatorUtilisation: performance.eventLoopUtilization(eluStart).utilization,
      generatorCpu:
        cpuStart === undefined || cpuEnd === undefined ? Number.NaN : (cpuEnd - cpuStart) / elapsedMs,
      closedClients: this.clients.filter((client) => !client.isOpen).length,
    };
  }

  close(): void {
    for (const client of this.clients) client.close();
  }

  /**
   * The next `count` caret moves, round-robin over the clients, framed before the clock starts as the
   * document updates are: the timed loop only sends. Each client's awareness clock keeps rising across runs.
   */
  private cursorFrames(count: number): Uint8Array[] {
    const clients = this.clients.length;
    return Array.from({ length: count }, (_, offset) => {
      const turn = this.awarenessTurn + offset;
      const client = this.clients[turn % clients] as BenchClient;
      const update = cursorUpdate(benchClientId(turn % clients), Math.floor(turn / clients) + 1, turn);
      return client.wire.awareness(update);
    });
  }

  private send(client: BenchClient, chain: UpdateChain, index: number): void {
    const update = chain.updates[index] as Uint8Array;
    const clock = chain.clocks[index] as number;
    this.tracker.log.sending(chain.client, clock, this.groupSize - 1, performance.now(), update.byteLength);
    client.sendUpdate(update);
  }

  private framesReceived(): number {
    let frames = 0;
    for (const client of this.clients) frames += client.framesReceived;
    return frames;
  }
}
