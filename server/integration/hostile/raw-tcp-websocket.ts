import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";
import {
  closeCodeOf,
  encodeClientFrame,
  OPCODE,
  ServerFrameReader,
  type ClientFrame,
  type ServerFrame,
} from "./ws-wire";

export interface RawTcpWebSocket {
  socket: Socket;
  /** Binary and text frames the server sent, in order (only while reading). */
  messages: ServerFrame[];
  /** Write frames straight to the socket; resolves once the kernel took them (or the socket died). */
  write(frames: (ClientFrame | Buffer)[]): Promise<void>;
  /** Resolves when the TCP connection is gone: the close code the server sent, or undefined if none arrived. */
  ended: Promise<number | undefined>;
  /** Start reading again after `{ read: false }`. */
  resume(): void;
  /** Resolves once `condition` holds for the messages received; rejects if the connection ends first. */
  until(condition: (messages: ServerFrame[]) => boolean): Promise<void>;
}

export function upgradeRequest(host: string, path: string, extraHeaders = ""): string {
  return (
    `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\n` +
    `${extraHeaders}\r\n`
  );
}

export function tcpConnect(httpUrl: string): Promise<Socket> {
  const { hostname, port } = new URL(httpUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.off("error", reject);
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

/** The status line's code of what the server answers to `request`, or "closed" if it hung up without one. */
export async function rawHttpStatus(httpUrl: string, request: string | Buffer): Promise<number | "closed"> {
  const socket = await tcpConnect(httpUrl);
  socket.on("error", () => {});
  let response = "";
  socket.on("data", (chunk: Buffer) => (response += chunk.toString("latin1")));
  socket.write(request);
  await new Promise((resolve) => socket.once("close", resolve));
  const match = /^HTTP\/1\.1 (\d{3})/.exec(response);
  return match ? Number(match[1]) : "closed";
}

/**
 * A WebSocket client written by hand on a TCP socket: it completes the upgrade, then lets the test
 * write any bytes (malformed frames, floods) and reports the close code the server answered with.
 */
export async function openRawTcpWebSocket(
  httpUrl: string,
  path: string,
  { read = true }: { read?: boolean } = {},
): Promise<RawTcpWebSocket> {
  const socket = await tcpConnect(httpUrl);
  socket.on("error", () => {});
  const reader = new ServerFrameReader();
  const messages: ServerFrame[] = [];
  let closeCode: number | undefined;
  const waiters = new Set<() => void>();
  const ended = new Promise<number | undefined>((resolve) => socket.once("close", () => resolve(closeCode)));

  let head = Buffer.alloc(0);
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      socket.off("data", onData);
      socket.off("close", onClose);
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head.toString("latin1"))?.[1];
      if (status !== "101") {
        socket.destroy();
        reject(new Error(`upgrade refused: HTTP ${status ?? "?"}`));
        return;
      }
      if (!read) socket.pause();
      const rest = head.subarray(end + 4);
      socket.on("data", (data: Buffer) => {
        for (const frame of reader.push(data)) {
          if (frame.opcode === OPCODE.close) {
            closeCode = closeCodeOf(frame.payload);
            // Answer the closing handshake as a well-behaved client, so the server need not time it out.
            socket.end(encodeClientFrame({ opcode: OPCODE.close, payload: frame.payload.subarray(0, 2) }));
          } else if (frame.opcode === OPCODE.binary || frame.opcode === OPCODE.text) messages.push(frame);
        }
        for (const waiter of [...waiters]) waiter();
      });
      if (rest.length > 0) socket.emit("data", rest);
      resolve();
    };
    const onClose = () => reject(new Error("connection closed during the upgrade"));
    socket.on("data", onData);
    socket.once("close", onClose);
    socket.write(upgradeRequest(`${socket.remoteAddress}:${socket.remotePort}`, path));
  });

  return {
    socket,
    messages,
    ended,
    resume: () => socket.resume(),
    until(condition) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!condition(messages)) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
        void ended.then(() => {
          if (!waiters.delete(check)) return;
          reject(new Error("the connection ended first"));
        });
      });
    },
    write(frames) {
      const bytes = Buffer.concat(
        frames.map((frame) => (Buffer.isBuffer(frame) ? frame : encodeClientFrame(frame))),
      );
      return new Promise((resolve) => {
        if (socket.destroyed) return resolve();
        socket.write(bytes, () => resolve());
      });
    },
  };
}
