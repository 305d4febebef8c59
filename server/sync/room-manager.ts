import type * as Y from "yjs";
import { CLOSE_CODE, type CloseCode } from "../../shared/protocol/close-codes";
import type { DocStore } from "../storage/doc-store";
import { closeReason } from "./close-reason";
import { resolveLimits, type SyncLimits } from "./limits";
import { silentLogger, type Logger } from "./logger";
import { Room } from "./room";
import { ServerBusyError } from "./room-errors";
import type { Permission, SyncConnection, SyncSocket } from "./sync-socket";

export interface RoomManagerOptions {
  store: DocStore;
  limits?: Partial<SyncLimits>;
  logger?: Logger;
  /** A person's edit was applied to a live board (automatic snapshots count these). */
  onEdit?(boardId: string): void;
}

const inertConnection: SyncConnection = { receive: () => {}, closed: () => {} };

/** The live boards of one server: each loaded once, shared by its connections, unloaded when idle. */
export class RoomManager {
  private readonly store: DocStore;
  private readonly limits: SyncLimits;
  private readonly logger: Logger;
  private readonly onEdit?: (boardId: string) => void;
  private readonly rooms = new Map<string, Room>();
  private readonly unloading = new Map<string, Promise<void>>();
  private shuttingDown?: Promise<void>;

  constructor(options: RoomManagerOptions) {
    this.store = options.store;
    this.limits = resolveLimits(options.limits);
    this.logger = options.logger ?? silentLogger;
    this.onEdit = options.onEdit;
  }

  /** Synchronous: attach at once, before any await. Frames received before the room loads are queued. */
  connect(socket: SyncSocket, boardId: string, permission: Permission): SyncConnection {
    if (this.shuttingDown) {
      this.closeSocket(socket, boardId, CLOSE_CODE.serverShutdown);
      return inertConnection;
    }
    const room = this.room(boardId);
    if (room) return room.attach(socket, permission);
    this.logger.warn("refusing a sync connection: too many rooms in memory", { boardId });
    this.closeSocket(socket, boardId, CLOSE_CODE.serverBusy);
    return inertConnection;
  }

  /** Run fn on the board's live document, loading the room if needed; undefined when the board does not exist. */
  async readDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T | undefined> {
    if (this.shuttingDown) throw new Error("the room manager is shut down");
    const room = this.room(boardId);
    if (!room) throw new ServerBusyError(boardId);
    return room.read(fn);
  }

  /** Run fn on the board's document once all of it is durable (a snapshot holds only stored content). */
  async readDurableDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T | undefined> {
    return (await this.openRoom(boardId)).readDurable(fn);
  }

  /**
   * Change the board's live document as the server (loading it if needed) and resolve once the
   * change is stored and relayed to every connection; undefined when the board does not exist.
   */
  async writeDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T | undefined> {
    return (await this.openRoom(boardId)).write(fn);
  }

  /** Flush pending updates, compact, close every connection with CLOSE_CODE.serverShutdown. Idempotent. */
  shutdown(): Promise<void> {
    this.shuttingDown ??= this.closeAll();
    return this.shuttingDown;
  }

  get roomCount(): number {
    return this.rooms.size;
  }

  get connectionCount(): number {
    let count = 0;
    for (const room of this.rooms.values()) count += room.connectionCount;
    return count;
  }

  private async openRoom(boardId: string): Promise<Room> {
    if (this.shuttingDown) throw new Error("the room manager is shut down");
    const room = this.room(boardId);
    if (!room) throw new ServerBusyError(boardId);
    return room;
  }

  /** The board's room, new if needed; undefined when `maxRooms` are held and none is idle. */
  private room(boardId: string): Room | undefined {
    const existing = this.rooms.get(boardId);
    if (existing) return existing;
    if (this.rooms.size >= this.limits.maxRooms && !this.unloadIdleRoom()) return undefined;
    const room = new Room({
      boardId,
      store: this.store,
      limits: this.limits,
      logger: this.logger,
      previous: this.unloading.get(boardId),
      onIdle: (idle) => this.unload(idle),
      onDiscarded: (discarded) => this.forget(discarded),
      onEdit: this.onEdit,
    });
    this.rooms.set(boardId, room);
    return room;
  }

  /** Unload the idle room loaded longest ago; false when every room is in use. */
  private unloadIdleRoom(): boolean {
    for (const room of this.rooms.values()) {
      if (room.isIdle) {
        this.unload(room);
        return true;
      }
    }
    return false;
  }

  private closeSocket(socket: SyncSocket, boardId: string, code: CloseCode): void {
    try {
      socket.close(code, closeReason(code));
    } catch (error) {
      this.logger.warn("sync socket close failed", { boardId, error });
    }
  }

  private unload(room: Room): void {
    this.forget(room);
    const unloaded = room.close().catch((error: unknown) => {
      this.logger.error("room unload failed", { boardId: room.boardId, error });
    });
    this.unloading.set(room.boardId, unloaded);
    void unloaded.then(() => {
      if (this.unloading.get(room.boardId) === unloaded) this.unloading.delete(room.boardId);
    });
  }

  private forget(room: Room): void {
    if (this.rooms.get(room.boardId) === room) this.rooms.delete(room.boardId);
  }

  private async closeAll(): Promise<void> {
    const closing = [...this.rooms.values()].map((room) =>
      room.close(CLOSE_CODE.serverShutdown).catch((error: unknown) => {
        this.logger.error("room shutdown failed", { boardId: room.boardId, error });
      }),
    );
    await Promise.all([...closing, ...this.unloading.values()]);
    this.rooms.clear();
  }
}
