import type { WebSocket, WebSocketServer } from "ws";

/**
 * Ping every socket each `intervalMs`; a socket that has not answered the previous ping is gone
 * (a laptop lid shut, a dropped network) and is terminated so its room can unload.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): { stop(): void } {
  const answered = new WeakSet<WebSocket>();
  const watched = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!watched.has(ws)) {
        watched.add(ws);
        ws.on("pong", () => answered.add(ws));
      } else if (!answered.has(ws)) {
        ws.terminate();
        continue;
      }
      answered.delete(ws);
      ws.ping();
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
