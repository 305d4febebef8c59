import type * as Y from "yjs";
import { migrateBoard } from "../../shared/board/migrations";
import { CLOSE_CODE, type CloseCode } from "../../shared/protocol/close-codes";
import type { DocStore } from "../storage/doc-store";
import { Connection, type ConnectionHost } from "./connection";
import { decodeFrame, type Frame } from "./frame";
import { FrameError } from "./frame-error";
import type { SyncLimits } from "./limits";
import { loadRoomDoc } from "./load-room-doc";
import type { Logger } from "./logger";
import { LiveDoc, type SyncFrame } from "./live-doc";
import { RoomUnavailableError } from "./room-errors";
import { SerialQueue } from "./serial-queue";
import { TurnSlice } from "./turn-slice";
import type { Permission, SyncSocket } from "./sync-socket";

export type LoadOutcome = "ready" | "unknown" | "failed";

export interface RoomOptions {
  boardId: string;
  store: DocStore;
  limits: SyncLimits;
  logger: Logger;
  /** Settles when the previous room for this board has finished unloading. */
  previous?: Promise<void>;
  /** No connection for `idleUnloadMs`: the manager should unload this room. */
  onIdle(room: Room): void;
  /** The room closed itself (unknown board, failed load or failed write). */
  onDiscarded(room: Room): void;
  /** A person's edit was applied to the document. */
  onEdit?(boardId: string): void;
}

interface Inbound {
  connection: Connection;
  data: Uint8Array;
}

interface QueuedSync {
  connection: Connection;
  frame: SyncFrame;
  bytes: number;
}

/** One board's live document: its connections, presence, write path and lifecycle. */
export class Room implements ConnectionHost {
  readonly boardId: string;
  /** Settles once, when the load has finished one way or the other. */
  readonly loaded: Promise<LoadOutcome>;
  private status: "loading" | "ready" | "closing" | "closed" = "loading";
  private live?: LiveDoc;
  private readonly connections = new Set<Connection>();
  /** Both queues share it: a burst of frames carries on next turn instead of holding the loop. */
  private readonly slice: TurnSlice;
  /** Raw frames in arrival order; paused until the load finished. */
  private readonly inbox = new SerialQueue<Inbound>(
    (inbound) => this.accept(inbound),
    (error, inbound) => this.reject(inbound.connection, error),
    true,
    () => this.slice.spent,
  );
  /** Decoded sync frames; a step 1 waiting for durability holds the ones behind it. */
  private readonly syncFrames = new SerialQueue<QueuedSync>(
    ({ connection, frame, bytes }) => {
      connection.dequeued(bytes);
      return this.status === "closed" ? undefined : this.live?.applySync(connection, frame);
    },
    (error, item) => this.reject(item.connection, error),
    false,
    () => this.slice.spent,
  );
  private idleTimer?: ReturnType<typeof setTimeout>;
  private closing?: Promise<void>;

  constructor(private readonly options: RoomOptions) {
    this.boardId = options.boardId;
    this.slice = new TurnSlice(options.limits.turnBudgetMs);
    this.loaded = this.load();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Loaded, with nobody connected: it may be unloaded to make room for another board. */
  get isIdle(): boolean {
    return this.status === "ready" && this.connections.size === 0;
  }

  attach(socket: SyncSocket, permission: Permission): Connection {
    const { limits, logger } = this.options;
    const connection = new Connection(socket, permission, this, limits, logger);
    this.connections.add(connection);
    this.cancelIdle();
    if (this.status === "ready") this.live?.greet(connection);
    return connection;
  }

  receive(connection: Connection, data: Uint8Array): void {
    const { maxQueuedFrames, maxQueuedBytes } = this.options.limits;
    if (
      connection.queuedFrames >= maxQueuedFrames ||
      connection.queuedBytes + data.byteLength > maxQueuedBytes
    ) {
      connection.close(CLOSE_CODE.rateLimited, "too many frames waiting");
      return;
    }
    connection.enqueued(data.byteLength);
    this.inbox.push({ connection, data });
  }

  detach(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.live?.awareness.forget(connection);
    this.live?.leave(connection);
    this.scheduleIdle();
  }

  /** Run `fn` on the loaded document; undefined when the board does not exist. */
  async read<T>(fn: (doc: Y.Doc) => T): Promise<T | undefined> {
    const live = await this.ready();
    if (!live) return undefined;
    const value = fn(live.doc);
    this.scheduleIdle();
    return value;
  }

  /** The loaded document; undefined when the board does not exist, throws when it is unavailable. */
  private async ready(): Promise<LiveDoc | undefined> {
    const outcome = await this.loaded;
    if (outcome === "unknown") return undefined;
    if (outcome === "failed" || !this.live || this.status === "closed") {
      throw new RoomUnavailableError(this.boardId);
    }
    return this.live;
  }

  /** Run `fn` once everything applied so far is durable, so it sees only stored content. */
  async readDurable<T>(fn: (doc: Y.Doc) => T): Promise<T | undefined> {
    const live = await this.ready();
    if (!live) return undefined;
    while (live.persistence.hasUnpersisted) await live.persistence.flush();
    return this.read(fn);
  }

  /**
   * Change the document as the server (e.g. a restore, with its own transaction origin) and resolve
   * once the change is durable, and so relayed to every connection like any update.
   */
  async write<T>(fn: (doc: Y.Doc) => T): Promise<T | undefined> {
    const live = await this.ready();
    if (!live) return undefined;
    // A closing room is flushing for the last time: a change now could miss its compaction.
    if (this.status !== "ready") throw new RoomUnavailableError(this.boardId);
    const value = fn(live.doc);
    await live.persistence.flush();
    if (this.status !== "ready") throw new RoomUnavailableError(this.boardId);
    this.scheduleIdle();
    return value;
  }

  /** Flush, compact, close every connection with `code` and destroy. Idempotent. */
  close(code: CloseCode = CLOSE_CODE.serverShutdown): Promise<void> {
    this.closing ??= this.closeAfterLoad(code);
    return this.closing;
  }

  private async load(): Promise<LoadOutcome> {
    const { boardId, store, limits, logger } = this.options;
    try {
      await this.options.previous;
      const loaded = await loadRoomDoc(store, boardId, limits.storeJoinAboveBytes);
      if (!loaded) {
        this.discard(CLOSE_CODE.unknownBoard);
        return "unknown";
      }
      const live = new LiveDoc({
        boardId,
        store,
        limits,
        logger,
        loaded,
        broadcast: (message, except) => this.broadcast(message, except),
        onWriteFailed: (error) => this.writeFailed(error),
        onEdit: () => this.options.onEdit?.(boardId),
      });
      this.live = live;
      migrateBoard(live.doc);
      // Nobody sees a migration before it is durable.
      await live.persistence.flush();
      if (this.status !== "loading") return "failed";
    } catch (error) {
      logger.error("board could not be loaded", { boardId, error });
      this.discard(CLOSE_CODE.loadFailed);
      return "failed";
    }
    this.status = "ready";
    for (const connection of this.connections) this.live?.greet(connection);
    this.scheduleIdle();
    this.inbox.resume();
    return "ready";
  }

  /** Decode one frame; presence is handled at once, sync frames keep their order in syncFrames. */
  private accept({ connection, data }: Inbound): undefined {
    connection.dequeued(data.byteLength);
    const live = this.live;
    if (!live || !connection.isOpen) return undefined;
    let frame: Frame;
    try {
      frame = decodeFrame(data, this.options.limits);
    } catch (error) {
      if (!(error instanceof FrameError)) throw error;
      connection.close(error.closeCode, error.problem);
      return undefined;
    }
    if (frame.kind === "awareness" || frame.kind === "query-awareness") {
      // Presence is ephemeral: past the rate, it is dropped rather than closing the connection.
      if (!connection.awarenessBudget.take()) return undefined;
      if (frame.kind === "awareness") live.awareness.apply(connection, frame.update);
      else connection.send(live.awareness.statesMessage());
      return undefined;
    }
    if (!connection.syncBudget.take(this.options.limits.updateBurst)) {
      this.options.logger.warn("closing a sync connection over its update rate", { boardId: this.boardId });
      connection.close(CLOSE_CODE.rateLimited, "too many updates");
      return undefined;
    }
    connection.enqueued(data.byteLength);
    this.syncFrames.push({ connection, frame, bytes: data.byteLength });
    return undefined;
  }

  private reject(connection: Connection, error: unknown): void {
    this.options.logger.warn("sync frame rejected", { boardId: this.boardId, error });
    connection.close(CLOSE_CODE.malformedMessage, "rejected");
  }

  private broadcast(message: Uint8Array, except?: Connection | ReadonlySet<Connection>): void {
    // No copy of the set: a send that closes its connection deletes only the entry being visited,
    // which a Set's iterator allows; a broadcast to 500 readers no longer allocates 500 slots.
    for (const connection of this.connections) {
      if (connection === except || (except instanceof Set && except.has(connection))) continue;
      connection.send(message);
    }
  }

  private writeFailed(error: unknown): void {
    this.options.logger.error("board update could not be stored; closing its connections", {
      boardId: this.boardId,
      error,
    });
    this.discard(CLOSE_CODE.loadFailed);
  }

  private async closeAfterLoad(code: CloseCode): Promise<void> {
    const outcome = await this.loaded;
    if (outcome !== "ready" || this.status !== "ready" || !this.live) return;
    this.status = "closing";
    this.cancelIdle();
    this.stopQueues();
    await this.live.persistence.flush();
    await this.live.persistence.compact();
    if (this.status === "closing") this.destroy(code);
  }

  /** Close without writing anything more: unknown board, failed load or failed write. */
  private discard(code: CloseCode): void {
    if (this.status === "closed") return;
    this.destroy(code);
    this.options.onDiscarded(this);
  }

  private destroy(code: CloseCode): void {
    this.status = "closed";
    this.cancelIdle();
    this.stopQueues();
    for (const connection of [...this.connections]) connection.close(code);
    this.live?.destroy();
  }

  private stopQueues(): void {
    this.inbox.stop();
    this.syncFrames.stop();
  }

  private scheduleIdle(): void {
    if (this.status !== "ready" || this.connections.size > 0) return;
    this.cancelIdle();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.status === "ready" && this.connections.size === 0) this.options.onIdle(this);
    }, this.options.limits.idleUnloadMs);
  }

  private cancelIdle(): void {
    if (this.idleTimer === undefined) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
