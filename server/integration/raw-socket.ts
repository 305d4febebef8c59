import { WebSocket } from "ws";

export interface RawSocket {
  socket: WebSocket;
  /** Resolves with the close code the server sent. */
  closed: Promise<number>;
}

/** A bare `ws` client on `/sync/:boardId`, for sending frames no provider would send. */
export async function openRawSocket(syncUrl: string, boardId: string): Promise<RawSocket> {
  const socket = new WebSocket(`${syncUrl}/${boardId}`);
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
export function upgradeOutcome(url: string): Promise<number | "open"> {
  const socket = new WebSocket(url);
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
