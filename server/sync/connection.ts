import { CLOSE_CODE, type CloseCode } from "../../shared/protocol/close-codes";
import { closeReason } from "./close-reason";
import type { SyncLimits } from "./limits";
import type { Logger } from "./logger";
import type { Permission, SyncConnection, SyncSocket } from "./sync-socket";
import { TokenBucket } from "./token-bucket";

/** What a connection needs from the room it belongs to. */
export interface ConnectionHost {
  readonly boardId: string;
  receive(connection: Connection, data: Uint8Array): void;
  detach(connection: Connection): void;
}

/** One client on one board: its socket, its permission, its budgets and the awareness clients it owns. */
export class Connection implements SyncConnection {
  /** Awareness client ids this connection owns; removed for everyone when it closes. */
  readonly awarenessClients = new Set<number>();
  /** Sync frames (step 1, step 2, updates) it may send. */
  readonly syncBudget: TokenBucket;
  /** Awareness updates and queries it may send. */
  readonly awarenessBudget: TokenBucket;
  /** Frames received but not handled yet (the room is loading, or a step 1 holds them), and their bytes. */
  queuedFrames = 0;
  queuedBytes = 0;
  private open = true;
  private readingPaused = false;

  constructor(
    private readonly socket: SyncSocket,
    readonly permission: Permission,
    private readonly host: ConnectionHost,
    private readonly limits: SyncLimits,
    private readonly logger: Logger,
  ) {
    this.syncBudget = new TokenBucket(limits.updatesPerSecond, limits.updateBurst);
    this.awarenessBudget = new TokenBucket(limits.awarenessPerSecond, limits.awarenessBurst);
  }

  get isOpen(): boolean {
    return this.open;
  }

  receive(data: Uint8Array): void {
    if (!this.open) return;
    try {
      if (data.byteLength > this.limits.maxMessageBytes) {
        this.close(CLOSE_CODE.messageTooLarge);
        return;
      }
      this.host.receive(this, data);
    } catch (error) {
      this.logger.error("sync frame could not be handled", { boardId: this.host.boardId, error });
      this.close(CLOSE_CODE.malformedMessage);
    }
  }

  enqueued(bytes: number): void {
    this.queuedFrames++;
    this.queuedBytes += bytes;
    const { pauseReadingAtFrames, pauseReadingAtBytes } = this.limits;
    if (
      !this.readingPaused &&
      (this.queuedFrames >= pauseReadingAtFrames || this.queuedBytes >= pauseReadingAtBytes)
    ) {
      this.readingPaused = true;
      this.socket.pauseReading();
    }
  }

  dequeued(bytes: number): void {
    this.queuedFrames--;
    this.queuedBytes -= bytes;
    const { pauseReadingAtFrames, pauseReadingAtBytes } = this.limits;
    if (
      this.readingPaused &&
      this.open &&
      this.queuedFrames <= pauseReadingAtFrames / 4 &&
      this.queuedBytes <= pauseReadingAtBytes / 4
    ) {
      this.readingPaused = false;
      this.socket.resumeReading();
    }
  }

  closed(): void {
    if (!this.open) return;
    this.open = false;
    this.host.detach(this);
  }

  /** Send a frame, or drop this connection if it cannot keep up with what it was already sent. */
  send(data: Uint8Array): void {
    if (!this.open || !this.socket.isOpen) return;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.logger.warn("closing slow sync reader", {
        boardId: this.host.boardId,
        bufferedAmount: this.socket.bufferedAmount,
      });
      this.close(CLOSE_CODE.slowReader);
      return;
    }
    try {
      this.socket.send(data);
    } catch (error) {
      this.logger.warn("sync send failed", { boardId: this.host.boardId, error });
      this.close(CLOSE_CODE.slowReader);
    }
  }

  close(code: CloseCode, detail?: string): void {
    if (!this.open) return;
    this.open = false;
    try {
      if (this.socket.isOpen) this.socket.close(code, closeReason(code, detail));
    } catch (error) {
      this.logger.warn("sync socket close failed", { boardId: this.host.boardId, error });
    }
    this.host.detach(this);
  }
}
