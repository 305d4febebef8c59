import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import { CLOSE_CODE, CLOSE_REASON } from "../../shared/protocol/close-codes";
import type { RoomManager } from "../sync/room-manager";
import type { SyncLimits } from "../sync/limits";
import type { Logger } from "../sync/logger";
import type { SyncConnection } from "../sync/sync-socket";
import { boardIdFromSyncPath } from "./sync-path";
import { rejectUpgrade } from "./reject-upgrade";
import { frameBytes, toSyncSocket } from "./ws-sync-socket";
import { startHeartbeat } from "./heartbeat";

export interface SyncTransportOptions {
  rooms: Pick<RoomManager, "connect">;
  limits: Pick<SyncLimits, "maxMessageBytes">;
  logger: Logger;
  /** How often to ping each socket; one that missed the previous ping is dropped. */
  heartbeatMs?: number;
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
  const { rooms, limits, logger } = options;
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    clientTracking: true,
    maxPayload: limits.maxMessageBytes,
    // Browsers and y-websocket send each message as one frame; many tiny fragments or chunks are abuse.
    maxFragments: 1024,
    maxBufferedChunks: 16 * 1024,
  });
  const heartbeat = startHeartbeat(wss, options.heartbeatMs ?? 30_000);
  let accepting = true;

  const accept = (ws: WebSocket, boardId: string): void => {
    // ws reports protocol violations (e.g. a frame over maxPayload: 1009) here and closes only this socket.
    ws.on("error", (error) => logger.warn("sync socket error", { boardId, error }));
    let connection: SyncConnection;
    try {
      connection = rooms.connect(toSyncSocket(ws), boardId, "write");
    } catch (error) {
      logger.error("sync connect failed", { boardId, error });
      ws.close(CLOSE_CODE.loadFailed, CLOSE_REASON[CLOSE_CODE.loadFailed]);
      return;
    }
    ws.on("message", (data, isBinary) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (!isBinary) {
        ws.close(CLOSE_CODE.malformedMessage, CLOSE_REASON[CLOSE_CODE.malformedMessage]);
        return;
      }
      connection.receive(frameBytes(data));
    });
    ws.on("close", () => connection.closed());
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Until ws owns the socket, a reset by the client must not become an uncaught 'error'.
    const onSocketError = (error: Error) => logger.warn("sync upgrade failed", { error });
    socket.on("error", onSocketError);
    if (!accepting) return rejectUpgrade(socket, 503);
    const boardId = boardIdFromSyncPath(request.url);
    if (!boardId) return rejectUpgrade(socket, 404);
    wss.handleUpgrade(request, socket, head, (ws) => {
      socket.off("error", onSocketError);
      accept(ws, boardId);
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
