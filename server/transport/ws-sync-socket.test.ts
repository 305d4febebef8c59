import { afterEach, describe, expect, it, vi } from "vitest";
import * as wsModule from "ws";
import { WebSocket, WebSocketServer } from "ws";
import { toSyncSocket } from "./ws-sync-socket";

const { Sender } = wsModule as unknown as { Sender: { frame: (...args: unknown[]) => Buffer[] } };

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
  vi.restoreAllMocks();
});

/** `count` real ws connections: the server's sockets, and what each client received, in order. */
async function connections(count: number) {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1", perMessageDeflate: false });
  cleanup.push(() => new Promise<void>((resolve) => wss.close(() => resolve())));
  await new Promise((resolve) => wss.once("listening", resolve));
  const { port } = wss.address() as { port: number };
  const serverSockets: WebSocket[] = [];
  wss.on("connection", (socket) => serverSockets.push(socket));
  const received: Uint8Array[][] = [];
  const clients = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const client = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
      received[index] = [];
      client.on("message", (data: Buffer) => received[index]!.push(new Uint8Array(data)));
      await new Promise((resolve) => client.once("open", resolve));
      cleanup.push(() => client.terminate());
      return client;
    }),
  );
  await vi.waitFor(() => expect(serverSockets).toHaveLength(count));
  return { raw: serverSockets, sockets: serverSockets.map(toSyncSocket), clients, received };
}

const bytes = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, index) => (index + seed) % 251);

describe("a ws socket seen by the sync core", () => {
  it("frames a message sent to many connections once, and each receives exactly its bytes, in order", async () => {
    const { sockets, received } = await connections(3);
    const frame = vi.spyOn(Sender, "frame");
    // Payload lengths in each of the frame header's three forms (7-bit, 16-bit, 64-bit), and one past the
    // shared-frame cap that goes through ws.send.
    const messages = [bytes(5, 1), bytes(300, 2), bytes(65_000, 3), bytes(70_000, 4), bytes(1, 5)];
    for (const message of messages) for (const socket of sockets) socket.send(message);
    await vi.waitFor(() => expect(received.map((list) => list.length)).toEqual([5, 5, 5]));
    for (const list of received) expect(list).toEqual(messages);
    // One frame per shared message (four of them), one per connection for the large one.
    expect(frame).toHaveBeenCalledTimes(4 + sockets.length);
  });

  it("keeps order with ws's own writes (a ping, and a send past the cap) in between", async () => {
    const { raw, sockets, clients, received } = await connections(1);
    const pingsAfter: number[] = [];
    clients[0]!.on("ping", () => pingsAfter.push(received[0]!.length));
    const socket = sockets[0]!;
    socket.send(bytes(10, 1));
    raw[0]!.ping();
    socket.send(bytes(80_000, 2));
    socket.send(bytes(10, 3));
    await vi.waitFor(() => expect(received[0]).toHaveLength(3));
    expect(received[0]).toEqual([bytes(10, 1), bytes(80_000, 2), bytes(10, 3)]);
    expect(pingsAfter).toEqual([1]);
  });
});
