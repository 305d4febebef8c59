import { createRequire } from "node:module";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startMonitor } from "./monitor";

startMonitor();
// @y/websocket-server reads YPERSISTENCE when its module loads; the runner sets it in our environment.
const { setupWSConnection, getPersistence } = await import("@y/websocket-server/utils");
/** y-leveldb's LevelDB persistence: writes go through one promise queue, `tr` its tail. */
const leveldb = (getPersistence() as { provider?: { tr: Promise<unknown> } } | null)?.provider;
// Its own nested ws 6, as the reference server ships it.
const fromServerPackage = createRequire(
  createRequire(import.meta.url).resolve("@y/websocket-server/package.json"),
);
const WebSocket = fromServerPackage("ws") as { Server: new (options: object) => WebSocketServer };

interface WebSocketServer {
  clients: Set<{ close(): void }>;
  on(event: "connection", listener: (socket: unknown, request: unknown) => void): void;
  emit(event: "connection", socket: unknown, request: unknown): void;
  handleUpgrade(request: unknown, socket: unknown, head: unknown, done: (ws: unknown) => void): void;
}

const server = createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/plain" });
  response.end("ok");
});
const wss = new WebSocket.Server({ noServer: true, perMessageDeflate: false });
// Its types name ws 8's WebSocket; at run time it is handed its own ws 6 socket, as its own server does.
wss.on("connection", (socket: unknown, request: unknown) =>
  setupWSConnection(socket as never, request as never),
);
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws: unknown) => wss.emit("connection", ws, request));
});
server.listen({ port: 0, host: "127.0.0.1", backlog: 4096 }, () => {
  console.log(`bench server ready on port ${(server.address() as AddressInfo).port}`);
});
/** Resolves once y-leveldb's write queue is empty (nothing was added while the last write ran). */
async function drainLeveldb(): Promise<void> {
  if (!leveldb) return;
  for (let tail = leveldb.tr; ; tail = leveldb.tr) {
    await tail.catch(() => undefined);
    if (tail === leveldb.tr) return;
  }
}

process.on("SIGTERM", () => {
  // Closing every socket runs the reference server's own close path (writeState, destroy).
  for (const client of wss.clients) client.close();
  // Its updates are queued for LevelDB as they arrive; exiting before the queue drained (after the
  // many-rooms load it is long) lost what a restarted server then could not serve.
  setTimeout(() => void drainLeveldb().then(() => process.exit(0)), 500);
});
