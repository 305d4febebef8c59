import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import { CLOSE_CODE, CLOSE_REASON } from "../../shared/protocol/close-codes";
import type { RoomManager } from "../sync/room-manager";
import type { SyncLimits } from "../sync/limits";
import type { Logger } from "../sync/logger";
import type { Permission, SyncConnection } from "../sync/sync-socket";
import { boardIdFromSyncPath } from "./sync-path";
import { rejectUpgrade } from "./reject-upgrade";
import { frameBytes, toSyncSocket } from "./ws-sync-socket";
import { startHeartbeat } from "./heartbeat";
import { ConnectionRateLimit, type ConnectionRateOptions } from "./connection-rate-limit";

export type UpgradeAuthorization =
  { ok: true; permission: Permission; linkId: string; role: string } | { ok: false; status: 401 | 403 };

/** Decides, from the upgrade request alone, whether it may open `boardId` and with what permission. */
export type UpgradeAuthorizer = (request: IncomingMessage, boardId: string) => Promise<UpgradeAuthorization>;

/** Where open sockets are registered by the link they were opened with, so revoking it closes them. */
export interface LinkConnectionRegistry {
  register(linkId: string, close: () => void): () => void;
}

export interface SyncTransportOptions {
  rooms: Pick<RoomManager, "connect">;
  limits: Pick<SyncLimits, "maxMessageBytes">;
  logger: Logger;
  authorize: UpgradeAuthorizer;
  liveConnections: LinkConnectionRegistry;
  connectionRateLimit: ConnectionRateOptions;
  /** How often to ping each socket; one that missed the previous ping is dropped. */
  heartbeatMs?: number;
  /** Most fragments one message may arrive in (browsers and y-websocket send one frame per message). */
  maxFragments?: number;
}

export interface SyncTransport {
  /** Refuse new upgrades (503) from now on. */
  stopAccepting(): void;
  /** Stop accepting, wait up to `timeoutMs` for open sockets to finish closing, then cut the rest. */
  close(timeoutMs?: number): Promise<void>;
  readonly socketCount: number;
}

/** Serve the y-websocket protocol at `/sync/:boardId` on `server`: the only module that knows `ws`. */
export function attachSyncTransport(server: Server, options: SyncTransportOptions): SyncTransport {
  const { rooms, limits, logger, authorize, liveConnections } = options;
  const rateLimit = new ConnectionRateLimit(options.connectionRateLimit);
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    clientTracking: true,
    maxPayload: limits.maxMessageBytes,
    // Browsers and y-websocket send each message as one frame; many tiny fragments or chunks are abuse.
    maxFragments: options.maxFragments ?? 1024,
    maxBufferedChunks: 16 * (options.maxFragments ?? 1024),
  });
  const heartbeat = startHeartbeat(wss, options.heartbeatMs ?? 30_000);
  let accepting = true;

  const accept = (ws: WebSocket, boardId: string, access: UpgradeAuthorization & { ok: true }): void => {
    const { linkId } = access;
    // ws reports protocol violations (e.g. a frame over maxPayload: 1009) here and closes only this socket.
    ws.on("error", (error) => logger.warn("sync socket error", { boardId, linkId, error }));
    const forget = liveConnections.register(linkId, () => {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) {
        ws.close(CLOSE_CODE.linkRevoked, CLOSE_REASON[CLOSE_CODE.linkRevoked]);
      }
    });
    // One listener for both, not two (`once` also allocates a wrapper): it and its closure live as long as
    // the socket, and an idle workshop holds hundreds of sockets.
    let connection: SyncConnection | undefined;
    ws.on("close", () => {
      forget();
      connection?.closed();
    });
    if (ws.readyState !== WebSocket.OPEN) return;
    try {
      connection = rooms.connect(toSyncSocket(ws), boardId, access.permission);
    } catch (error) {
      logger.error("sync connect failed", { boardId, error });
      ws.close(CLOSE_CODE.loadFailed, CLOSE_REASON[CLOSE_CODE.loadFailed]);
      return;
    }
    const opened = connection;
    ws.on("message", (data, isBinary) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (!isBinary) {
        ws.close(CLOSE_CODE.malformedMessage, CLOSE_REASON[CLOSE_CODE.malformedMessage]);
        return;
      }
      opened.receive(frameBytes(data));
    });
  };

  const upgrade = async (
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    onSocketError: (error: Error) => void,
  ): Promise<void> => {
    if (!accepting) return rejectUpgrade(socket, 503);
    const boardId = boardIdFromSyncPath(request.url);
    if (!boardId) return rejectUpgrade(socket, 404);
    const address = request.socket.remoteAddress ?? "unknown";
    if (!rateLimit.take(address)) {
      logger.warn("sync connection rate limited", { address });
      return rejectUpgrade(socket, 429);
    }
    // Authorised before ws or the rooms allocate anything for this socket.
    const access = await authorize(request, boardId);
    if (!access.ok) return rejectUpgrade(socket, access.status);
    if (!accepting) return rejectUpgrade(socket, 503);
    if (socket.destroyed) return;
    wss.handleUpgrade(request, socket, head, (ws) => {
      socket.off("error", onSocketError);
      accept(ws, boardId, access);
    });
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Until ws owns the socket, a reset by the client must not become an uncaught 'error'.
    // (Never log request.url: it carries `?token=`.)
    const onSocketError = (error: Error) => logger.warn("sync upgrade failed", { error });
    socket.on("error", onSocketError);
    upgrade(request, socket, head, onSocketError).catch((error: unknown) => {
      logger.error("sync upgrade could not be authorised", { error });
      rejectUpgrade(socket, 500);
    });
  };
  server.on("upgrade", onUpgrade);

  const stopAccepting = (): void => {
    accepting = false;
    heartbeat.stop();
  };

  return {
    stopAccepting,
    async close(timeoutMs = 2000) {
      stopAccepting();
      const open = [...wss.clients].filter((ws) => ws.readyState !== WebSocket.CLOSED);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.all(open.map((ws) => closedPromise(ws))), deadline]);
      clearTimeout(timer);
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.off("upgrade", onUpgrade);
    },
    get socketCount() {
      return wss.clients.size;
    },
  };
}

function closedPromise(ws: WebSocket): Promise<void> {
  return ws.readyState === WebSocket.CLOSED
    ? Promise.resolve()
    : new Promise((resolve) => ws.once("close", () => resolve()));
}
