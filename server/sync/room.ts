import * as Y from "yjs";
import { migrateBoard } from "../../shared/board/migrations";
import { CLOSE_CODE, type CloseCode } from "../../shared/protocol/close-codes";
import { TRANSACTION_ORIGIN } from "../../shared/protocol/transaction-origins";
import type { DocStore } from "../storage/doc-store";
import { Connection, type ConnectionHost } from "./connection";
import { DocSizeGuard } from "./doc-size";
import { decodeFrame, type Frame } from "./frame";
import { FrameError } from "./frame-error";
import type { SyncLimits } from "./limits";
import { loadRoomDoc } from "./load-room-doc";
import type { Logger } from "./logger";
import { syncStep1Message, syncStep2Message, updateMessage } from "./messages";
import { RoomAwareness } from "./room-awareness";
import { RoomUnavailableError } from "./room-errors";
import { RoomPersistence, type PendingUpdate } from "./room-persistence";
import { SerialQueue } from "./serial-queue";
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
}

interface Inbound {
  connection: Connection;
  data: Uint8Array;
}

interface SyncFrame {
  connection: Connection;
  frame: Extract<Frame, { kind: "sync-step1" | "sync-step2" | "sync-update" }>;
}

interface Live {
  doc: Y.Doc;
  awareness: RoomAwareness;
  persistence: RoomPersistence;
  size: DocSizeGuard;
}

/** One board's live document: its connections, presence, write path and lifecycle. */
export class Room implements ConnectionHost {
  readonly boardId: string;
  /** Settles once, when the load has finished one way or the other. */
  readonly loaded: Promise<LoadOutcome>;
  private status: "loading" | "ready" | "closing" | "closed" = "loading";
  private live?: Live;
  private readonly connections = new Set<Connection>();
  /** Raw frames in arrival order; paused until the load finished. */
  private readonly inbox = new SerialQueue<Inbound>(
    (inbound) => this.accept(inbound),
    (error, inbound) => this.reject(inbound.connection, error),
    true,
  );
  /** Decoded sync frames; a step 1 waiting for durability holds the ones behind it. */
  private readonly syncFrames = new SerialQueue<SyncFrame>(
    (item) => this.applySync(item),
    (error, item) => this.reject(item.connection, error),
  );
  private idleTimer?: ReturnType<typeof setTimeout>;
  private closing?: Promise<void>;

  constructor(private readonly options: RoomOptions) {
    this.boardId = options.boardId;
    this.loaded = this.load();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  attach(socket: SyncSocket, permission: Permission): Connection {
    const { limits, logger } = this.options;
    const connection = new Connection(socket, permission, this, limits, logger);
    this.connections.add(connection);
    this.cancelIdle();
    if (this.status === "ready") this.greet(connection);
    return connection;
  }

  receive(connection: Connection, data: Uint8Array): void {
    this.inbox.push({ connection, data });
  }

  detach(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.live?.awareness.forget(connection);
    this.scheduleIdle();
  }

  /** Run `fn` on the loaded document; undefined when the board does not exist. */
  async read<T>(fn: (doc: Y.Doc) => T): Promise<T | undefined> {
    const outcome = await this.loaded;
    if (outcome === "unknown") return undefined;
    if (outcome === "failed" || !this.live || this.status === "closed") {
      throw new RoomUnavailableError(this.boardId);
    }
    const value = fn(this.live.doc);
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
      const loaded = await loadRoomDoc(store, boardId);
      if (!loaded) {
        this.discard(CLOSE_CODE.unknownBoard);
        return "unknown";
      }
      const { doc } = loaded;
      const live: Live = {
        doc,
        awareness: new RoomAwareness(doc, (message, except) => this.broadcast(message, except)),
        size: new DocSizeGuard(doc, limits.maxDocBytes, loaded.storedBytes),
        persistence: new RoomPersistence({
          boardId,
          doc,
          store,
          logger,
          compactAfterUpdates: limits.compactAfterUpdates,
          lastSeq: loaded.lastSeq,
          loggedUpdates: loaded.loggedUpdates,
          onPersisted: (batch) => this.relay(batch),
          onFailed: (error) => this.writeFailed(error),
          onMeasured: (bytes) => live.size.measured(bytes),
        }),
      };
      this.live = live;
      doc.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin === TRANSACTION_ORIGIN.storage) return;
        live.size.grew(update.byteLength);
        live.persistence.enqueue(update, origin);
      });
      migrateBoard(doc);
      // Nobody sees a migration before it is durable.
      await live.persistence.flush();
      if (this.status !== "loading") return "failed";
    } catch (error) {
      logger.error("board could not be loaded", { boardId, error });
      this.discard(CLOSE_CODE.loadFailed);
      return "failed";
    }
    this.status = "ready";
    for (const connection of this.connections) this.greet(connection);
    this.scheduleIdle();
    this.inbox.resume();
    return "ready";
  }

  private greet(connection: Connection): void {
    if (!this.live) return;
    connection.send(syncStep1Message(this.live.doc));
    if (!this.live.awareness.isEmpty) connection.send(this.live.awareness.statesMessage());
  }

  /** Decode one frame; presence is handled at once, sync frames keep their order in syncFrames. */
  private accept({ connection, data }: Inbound): undefined {
    const live = this.live;
    if (!live || !connection.isOpen) return undefined;
    let frame: Frame;
    try {
      frame = decodeFrame(data);
    } catch (error) {
      if (!(error instanceof FrameError)) throw error;
      connection.close(CLOSE_CODE.malformedMessage, error.problem);
      return undefined;
    }
    if (frame.kind === "awareness") live.awareness.apply(connection, frame.update);
    else if (frame.kind === "query-awareness") connection.send(live.awareness.statesMessage());
    else this.syncFrames.push({ connection, frame });
    return undefined;
  }

  private applySync({ connection, frame }: SyncFrame): Promise<void> | undefined {
    const live = this.live;
    if (!live || this.status === "closed") return undefined;
    if (frame.kind === "sync-step1") return this.answerStep1(live, connection, frame.stateVector);
    this.applyUpdate(live, connection, frame.kind, frame.update);
    return undefined;
  }

  private reject(connection: Connection, error: unknown): void {
    this.options.logger.warn("sync frame rejected", { boardId: this.boardId, error });
    connection.close(CLOSE_CODE.malformedMessage, "rejected");
  }

  private async answerStep1(live: Live, connection: Connection, stateVector: Uint8Array): Promise<void> {
    // Persist before relay also holds for a joiner's first state: only durable content is sent.
    while (live.persistence.hasUnpersisted) await live.persistence.flush();
    if (this.status !== "closed") connection.send(syncStep2Message(live.doc, stateVector));
  }

  private applyUpdate(
    live: Live,
    connection: Connection,
    kind: SyncFrame["frame"]["kind"],
    update: Uint8Array,
  ): void {
    if (connection.permission === "read") {
      // A reader's step 2 carries its whole delete set; it is refused only if it would change anything.
      const harmless = kind === "sync-step2" && Y.snapshotContainsUpdate(Y.snapshot(live.doc), update);
      if (!harmless) connection.close(CLOSE_CODE.forbidden, "read-only");
      return;
    }
    if (!live.size.admits(update.byteLength)) {
      connection.close(CLOSE_CODE.messageTooLarge, "document too large");
      return;
    }
    Y.applyUpdate(live.doc, update, connection);
  }

  private relay(batch: PendingUpdate[]): void {
    for (const { update, origin } of batch) {
      this.broadcast(updateMessage(update), origin instanceof Connection ? origin : undefined);
    }
  }

  private broadcast(message: Uint8Array, except?: Connection): void {
    for (const connection of [...this.connections]) {
      if (connection !== except) connection.send(message);
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
    this.live?.awareness.destroy();
    this.live?.doc.destroy();
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
