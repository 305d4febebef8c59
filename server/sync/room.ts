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
  private readonly inbox: { connection: Connection; data: Uint8Array }[] = [];
  private draining = false;
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
    if (this.status === "closed") return;
    this.inbox.push({ connection, data });
    void this.drain();
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
    void this.drain();
    return "ready";
  }

  private greet(connection: Connection): void {
    if (!this.live) return;
    connection.send(syncStep1Message(this.live.doc));
    if (!this.live.awareness.isEmpty) connection.send(this.live.awareness.statesMessage());
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.status === "ready") {
        const next = this.inbox.shift();
        if (!next) break;
        if (!next.connection.isOpen) continue;
        const waiting = this.handle(next.connection, next.data);
        if (waiting) await waiting;
      }
    } finally {
      this.draining = false;
    }
  }

  /** Handle one frame; returns a promise only when the frame must wait for pending writes. */
  private handle(connection: Connection, data: Uint8Array): Promise<void> | undefined {
    let frame: Frame;
    try {
      frame = decodeFrame(data);
    } catch (error) {
      if (!(error instanceof FrameError)) throw error;
      connection.close(CLOSE_CODE.malformedMessage, error.problem);
      return undefined;
    }
    try {
      return this.apply(connection, frame);
    } catch (error) {
      this.options.logger.warn("sync frame rejected", { boardId: this.boardId, kind: frame.kind, error });
      connection.close(CLOSE_CODE.malformedMessage, "rejected");
      return undefined;
    }
  }

  private apply(connection: Connection, frame: Frame): Promise<void> | undefined {
    const live = this.live;
    if (!live) return undefined;
    switch (frame.kind) {
      case "sync-step1":
        return this.answerStep1(connection, frame.stateVector);
      case "sync-step2":
      case "sync-update":
        this.applyUpdate(live, connection, frame.kind, frame.update);
        return undefined;
      case "awareness":
        live.awareness.apply(connection, frame.update);
        return undefined;
      case "query-awareness":
        connection.send(live.awareness.statesMessage());
        return undefined;
    }
  }

  private async answerStep1(connection: Connection, stateVector: Uint8Array): Promise<void> {
    const live = this.live;
    if (!live) return;
    // Persist before relay also holds for a joiner's first state: only durable content is sent.
    while (live.persistence.hasUnpersisted) await live.persistence.flush();
    if (this.status === "closed" || !connection.isOpen) return;
    connection.send(syncStep2Message(live.doc, stateVector));
  }

  private applyUpdate(live: Live, connection: Connection, kind: Frame["kind"], update: Uint8Array): void {
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
    this.inbox.length = 0;
    for (const connection of [...this.connections]) connection.close(code);
    this.live?.awareness.destroy();
    this.live?.doc.destroy();
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
