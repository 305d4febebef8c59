import { WebSocket } from "ws";
import type { BoardRef, Framing } from "../servers/targets";
import { Wire, type Incoming } from "./protocol";

/** An empty state vector: "send me everything". */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const CONNECT_TIMEOUT_MS = 30_000;

export interface ClientOptions {
  /** Called for every relayed update (not a step 2), with the time it arrived. */
  onUpdate?: (update: Uint8Array, at: number) => void;
  /** Ask for the board's state on connect (default true). */
  sync?: boolean;
}

/** A lean y-websocket or Hocuspocus client: raw ws frames, no Y.Doc, no provider. */
export class BenchClient {
  readonly wire: Wire;
  framesReceived = 0;
  bytesReceived = 0;
  /** When the answer to our step 1 arrived (ms, performance.now()); undefined until then. */
  syncedAt?: number;
  /** The state the server sent in answer to our step 1. */
  state?: Uint8Array;
  closedWith?: number;
  /** Bytes of document content received (step 2s and updates). */
  contentBytes = 0;
  private syncWaiters: Array<() => void> = [];
  private contentWaiter?: { bytes: number; resolve: (at: number | undefined) => void };

  private constructor(
    readonly socket: WebSocket,
    framing: Framing,
    board: BoardRef,
    private readonly options: ClientOptions,
  ) {
    this.wire = new Wire(framing, board.name);
    socket.binaryType = "nodebuffer";
    socket.on("message", (data: Buffer) => this.receive(data));
    socket.on("close", (code) => {
      this.closedWith = code;
      this.contentWaiter?.resolve(undefined);
      this.releaseWaiters();
    });
    socket.on("error", () => {});
  }

  /** Open a socket to `board` and, unless told not to, ask for its state. Resolves once open. */
  static connect(board: BoardRef, framing: Framing, options: ClientOptions = {}): Promise<BenchClient> {
    const socket = new WebSocket(board.url, {
      perMessageDeflate: false,
      handshakeTimeout: CONNECT_TIMEOUT_MS,
    });
    const client = new BenchClient(socket, framing, board, options);
    return new Promise((resolve, reject) => {
      socket.once("open", () => {
        const hello = client.wire.hello();
        if (hello) socket.send(hello);
        if (options.sync !== false) socket.send(client.wire.step1(EMPTY_STATE_VECTOR));
        resolve(client);
      });
      socket.once("error", reject);
      socket.once("close", (code) => reject(new Error(`closed ${code} before open`)));
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Resolves once the step 2 answering our step 1 has arrived (or the socket closed). */
  synced(): Promise<void> {
    if (this.syncedAt !== undefined || this.closedWith !== undefined) return Promise.resolve();
    return new Promise((resolve) => this.syncWaiters.push(resolve));
  }

  /** Ask again for everything past `stateVector`; `synced()` then waits for this answer. */
  resync(stateVector: Uint8Array = EMPTY_STATE_VECTOR): void {
    this.syncedAt = undefined;
    this.send(this.wire.step1(stateVector));
  }

  /**
   * When `bytes` of content have arrived (performance.now()), or undefined if the socket closed
   * first. A reference server may answer a step 2 before it has loaded the board and send the
   * stored content after, so "joined" is "has the content", not "got a step 2".
   */
  contentReceived(bytes: number): Promise<number | undefined> {
    if (this.contentBytes >= bytes) return Promise.resolve(performance.now());
    if (this.closedWith !== undefined) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.contentWaiter = { bytes, resolve }));
  }

  send(frame: Uint8Array): void {
    if (this.isOpen) this.socket.send(frame);
  }

  sendUpdate(update: Uint8Array): void {
    this.send(this.wire.update(update));
  }

  close(): void {
    this.socket.terminate();
  }

  private receive(data: Buffer): void {
    const at = performance.now();
    this.framesReceived++;
    this.bytesReceived += data.byteLength;
    let message: Incoming;
    try {
      message = this.wire.decode(data);
    } catch {
      return;
    }
    if (message.kind === "update" || message.kind === "step2") {
      this.contentBytes += message.update.byteLength;
      if (this.contentWaiter && this.contentBytes >= this.contentWaiter.bytes) {
        this.contentWaiter.resolve(at);
        this.contentWaiter = undefined;
      }
    }
    if (message.kind === "update") this.options.onUpdate?.(message.update, at);
    else if (message.kind === "step2" && this.syncedAt === undefined) {
      this.syncedAt = at;
      this.state = message.update;
      this.releaseWaiters();
    }
  }

  private releaseWaiters(): void {
    const waiters = this.syncWaiters;
    this.syncWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Connect `count` clients, `concurrency` at a time, and wait until each has synced. */
export async function connectMany(
  count: number,
  open: (index: number) => Promise<BenchClient>,
  concurrency = 50,
): Promise<BenchClient[]> {
  const clients: BenchClient[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const client = await open(index);
      clients[index] = client;
      await client.synced();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return clients;
}
