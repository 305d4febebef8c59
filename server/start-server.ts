import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Config } from "./config";
import { createApp } from "./app";
import { openSqliteStore } from "./storage/sqlite-store";
import type { DocStore } from "./storage/doc-store";
import { RoomManager } from "./sync/room-manager";
import type { Logger } from "./sync/logger";
import { attachSyncTransport } from "./transport/sync-transport";
import { openSqliteAccessStore } from "./storage/sqlite-access-store";
import type { AccessStore } from "./storage/access-store";
import { createBoardAccess } from "./auth/board-access";
import { createOriginPolicy } from "./auth/origin-policy";
import { LiveConnections } from "./auth/live-connections";
import { authorizeUpgrade } from "./auth/upgrade-access";
import { openSqliteSnapshotStore } from "./storage/sqlite-snapshot-store";
import type { SnapshotStore } from "./storage/snapshot-store";
import type { SqliteStoreOptions } from "./storage/sqlite-database";
import { SnapshotService } from "./snapshots/snapshot-service";
import { AutoSnapshots } from "./snapshots/auto-snapshots";
import { DocumentRenderer } from "./export/document-renderer";

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787`, with the real port when `config.port` is 0. */
  url: string;
  port: number;
  /** Stop accepting, flush and close every room, close the store and the HTTP server. Idempotent. */
  close(): Promise<void>;
}

function hostForUrl(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

/** The kernel caps it at net.core.somaxconn (4096 on current Linux). */
const LISTEN_BACKLOG = 4096;

function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const { headersTimeoutMs, requestTimeoutMs } = config.http;
    const server = createAdaptorServer({
      fetch: app.fetch,
      // Slowloris: a client trickling headers (an upgrade too) is cut off after headersTimeoutMs;
      // Node checks every connectionsCheckingInterval, so keep that well under the timeout.
      serverOptions: {
        headersTimeout: headersTimeoutMs,
        requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
        connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeoutMs / 4)),
      },
    }) as Server;
    server.once("error", reject);
    // A workshop joins all at once: Node's default backlog (511) overflows when hundreds connect in
    // the same second, and a dropped SYN costs every later caller (health checks too) a 1–3 s retry.
    server.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG }, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

export interface StartOptions {
  /** How to open the store; tests wrap the real SQLite store to observe or hold its calls. */
  openStore?: (file: string, options?: SqliteStoreOptions) => DocStore;
  /** How to open the share links and sessions store (by default SQLite, on the same file). */
  openAccessStore?: (file: string, options?: SqliteStoreOptions) => AccessStore;
  /** How to open the snapshot store (by default SQLite, on the same file). */
  openSnapshotStore?: (file: string, options?: SqliteStoreOptions) => SnapshotStore;
  /**
   * Start the WAL checkpoint worker (D21) with the server rather than at the file's first write: the
   * process entry does, so the worker is a fixed cost of the server, not of its first edit. In-process
   * test servers leave it to the first write, sparing each its thread's loading.
   */
  startCheckpointsAtOnce?: boolean;
}

/** The whole server (store, rooms, HTTP app, sync transport) listening on `config.host:config.port`. */
export async function startServer(
  config: Config,
  logger: Logger,
  {
    openStore = openSqliteStore,
    openAccessStore = openSqliteAccessStore,
    openSnapshotStore = openSqliteSnapshotStore,
    startCheckpointsAtOnce = false,
  }: StartOptions = {},
): Promise<RunningServer> {
  const store = openStore(config.databaseFile, { checkpoints: { startAtOnce: startCheckpointsAtOnce } });
  // The document store's worker checkpoints the shared file (D21): these connections never do.
  const access = openAccessStore(config.databaseFile, { checkpointsElsewhere: true });
  const boardAccess = createBoardAccess(access, createOriginPolicy(config.allowedOrigins));
  const liveConnections = new LiveConnections();
  const snapshotStore = openSnapshotStore(config.databaseFile, { checkpointsElsewhere: true });
  const autoSnapshots = new AutoSnapshots({
    ...config.snapshots,
    // Only called after a quiet period, long after `snapshots` below is set.
    save: async (boardId) => {
      await snapshots.create(boardId, { label: "Automatic save after editing", kind: "auto" });
    },
    onError: (boardId, error) => logger.warn("automatic snapshot failed", { boardId, error }),
  });
  const rooms = new RoomManager({
    store,
    limits: config.limits,
    logger,
    onEdit: (boardId) => autoSnapshots.edited(boardId),
  });
  const snapshots = new SnapshotService(rooms, snapshotStore, config.snapshots);
  const renderer = new DocumentRenderer();
  const app = createApp({
    store,
    access,
    boardAccess,
    liveConnections,
    rooms,
    snapshots,
    renderer,
    config,
    logger,
  });
  let server: Server;
  try {
    server = await listen(app, config);
  } catch (error) {
    autoSnapshots.stop();
    await rooms.shutdown();
    await snapshotStore.close();
    await access.close();
    await store.close();
    throw error;
  }
  const transport = attachSyncTransport(server, {
    rooms,
    limits: config.limits,
    logger,
    authorize: authorizeUpgrade(boardAccess),
    liveConnections,
    connectionRateLimit: config.connectionRateLimit,
    heartbeatMs: config.transport.heartbeatMs,
    maxFragments: config.transport.maxFragments,
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    transport.stopAccepting();
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    autoSnapshots.stop();
    await rooms.shutdown();
    await transport.close();
    await renderer.close();
    await snapshotStore.close();
    await access.close();
    await store.close();
    server.closeAllConnections();
    await serverClosed;
  };

  return {
    url: `http://${hostForUrl(config.host)}:${port}`,
    port,
    close: () => (closing ??= close()),
  };
}
