import { WebSocket } from "ws";

export interface RawSocket {
  socket: WebSocket;
  /** Resolves with the close code the server sent. */
  closed: Promise<number>;
}

export interface RawSocketOptions {
  /** Extra request headers (e.g. `cookie`, `origin`). */
  headers?: Record<string, string>;
}

/** `<syncUrl>/<boardId>?token=<token>`, the URL a stock provider with `params: { token }` opens. */
export function syncSocketUrl(syncUrl: string, boardId: string, token?: string): string {
  return token ? `${syncUrl}/${boardId}?token=${encodeURIComponent(token)}` : `${syncUrl}/${boardId}`;
}

/**
 * A bare `ws` client on `/sync/:boardId`, for sending frames no provider would send. `token` is
 * sent as `?token=`; pass undefined (and a cookie in `headers`) to test other credentials.
 */
export async function openRawSocket(
  syncUrl: string,
  boardId: string,
  token: string | undefined,
  { headers }: RawSocketOptions = {},
): Promise<RawSocket> {
  const socket = new WebSocket(syncSocketUrl(syncUrl, boardId, token), { headers });
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  socket.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", (_request, response) =>
      reject(new Error(`upgrade refused: HTTP ${response.statusCode}`)),
    );
  });
  return { socket, closed };
}

/** The HTTP status of an upgrade request the server refused, or "open" if it accepted it. */
export function upgradeOutcome(url: string, { headers }: RawSocketOptions = {}): Promise<number | "open"> {
  const socket = new WebSocket(url, { headers });
  socket.on("error", () => {});
  return new Promise((resolve) => {
    socket.once("open", () => {
      socket.terminate();
      resolve("open");
    });
    socket.once("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
  });
}
