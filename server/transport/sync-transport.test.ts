import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { newBoardId } from "../../shared/board/ids";
import { findTemplate, seedBoard } from "../../shared/templates";
import { MemoryStore } from "../storage/memory-store";
import { RoomManager } from "../sync/room-manager";
import { LiveConnections } from "../auth/live-connections";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import {
  attachSyncTransport,
  type SyncTransport,
  type SyncTransportOptions,
  type UpgradeAuthorizer,
} from "./sync-transport";

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

const allowEveryone: UpgradeAuthorizer = async () => ({
  ok: true,
  permission: "write",
  linkId: "link",
  role: "editor",
});

async function serveTransport(
  heartbeatMs: number,
  {
    authorize = allowEveryone,
    connectionRateLimit = { perMinute: 1000, burst: 1000 },
    wrapRooms = (rooms) => rooms,
  }: Partial<Pick<SyncTransportOptions, "authorize" | "connectionRateLimit">> & {
    /** What the transport connects sockets through, around the real rooms. */
    wrapRooms?: (rooms: RoomManager) => SyncTransportOptions["rooms"];
  } = {},
) {
  const store = new MemoryStore();
  const rooms = new RoomManager({ store });
  const server: Server = createServer();
  const liveConnections = new LiveConnections();
  const transport: SyncTransport = attachSyncTransport(server, {
    rooms: wrapRooms(rooms),
    limits: { maxMessageBytes: 1024 },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    heartbeatMs,
    authorize,
    liveConnections,
    connectionRateLimit,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanup.push(async () => {
    await rooms.shutdown();
    await transport.close(100);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const boardId = newBoardId();
  const now = new Date().toISOString();
  const doc = new Y.Doc();
  seedBoard(doc, findTemplate("blank")!, { title: "t" });
  await store.createBoard(
    { id: boardId, title: "t", template: "blank", createdAt: now, updatedAt: now },
    Y.encodeStateAsUpdate(doc),
  );
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync/${boardId}`;
  return { url, transport, rooms, liveConnections };
}

function refusal(url: string): Promise<number> {
  const socket = new WebSocket(url);
  socket.on("error", () => {});
  cleanup.push(async () => socket.terminate());
  return new Promise<number>((resolve) =>
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0)),
  );
}

function open(url: string, options: { autoPong: boolean }) {
  const socket = new WebSocket(url, options);
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  socket.on("error", () => {});
  cleanup.push(async () => socket.terminate());
  return { socket, closed };
}

describe("attachSyncTransport heartbeat", () => {
  it("drops a socket that stops answering pings and keeps one that answers", async () => {
    const { url, transport } = await serveTransport(40);
    const silent = open(url, { autoPong: false });
    const healthy = open(url, { autoPong: true });
    let pings = 0;
    healthy.socket.on("ping", () => pings++);

    expect(await silent.closed).toBe(1006);
    await vi.waitFor(() => expect(pings).toBeGreaterThanOrEqual(4), { timeout: 5_000 });
    expect(healthy.socket.readyState).toBe(WebSocket.OPEN);
    expect(transport.socketCount).toBe(1);
  });

  it("refuses new upgrades with 503 once it stops accepting", async () => {
    const { url, transport } = await serveTransport(30_000);
    transport.stopAccepting();
    const socket = new WebSocket(url);
    socket.on("error", () => {});
    const status = await new Promise<number>((resolve) =>
      socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(503);
  });
});

describe("attachSyncTransport admission", () => {
  it("refuses an upgrade the authorizer refuses with its HTTP status, before any room exists", async () => {
    let asked = 0;
    const { url, rooms } = await serveTransport(30_000, {
      authorize: async () => {
        asked++;
        return { ok: false, status: 401 };
      },
    });
    expect(await refusal(url)).toBe(401);
    expect(asked).toBe(1);
    expect(rooms.roomCount).toBe(0);
  });

  it("answers 429 to an address past its connection burst, without asking the authorizer", async () => {
    let asked = 0;
    const { url } = await serveTransport(30_000, {
      connectionRateLimit: { perMinute: 1, burst: 2 },
      authorize: async (...args) => {
        asked++;
        return allowEveryone(...args);
      },
    });
    const first = open(url, { autoPong: true });
    const second = open(url, { autoPong: true });
    await Promise.all(
      [first, second].map(({ socket }) => new Promise((resolve) => socket.once("open", resolve))),
    );
    expect(await refusal(url)).toBe(429);
    expect(asked).toBe(2);
  });

  it("closes a socket with linkRevoked when its link is revoked", async () => {
    const { url, liveConnections } = await serveTransport(30_000);
    const client = open(url, { autoPong: true });
    await new Promise((resolve) => client.socket.once("open", resolve));
    await vi.waitFor(() => expect(liveConnections.count("link")).toBe(1));
    expect(liveConnections.revoke("link")).toBe(1);
    expect(await client.closed).toBe(CLOSE_CODE.linkRevoked);
    expect(liveConnections.count("link")).toBe(0);
  });

  it("detaches a connection once when its client closes, and forgets its link registration", async () => {
    let closedCalls = 0;
    const { url, liveConnections } = await serveTransport(30_000, {
      wrapRooms: (rooms) => ({
        connect(socket, boardId, permission) {
          const connection = rooms.connect(socket, boardId, permission);
          return {
            receive: (data) => connection.receive(data),
            closed() {
              closedCalls++;
              connection.closed();
            },
          };
        },
      }),
    });
    const client = open(url, { autoPong: true });
    await new Promise((resolve) => client.socket.once("open", resolve));
    await vi.waitFor(() => expect(liveConnections.count("link")).toBe(1));
    client.socket.close(1000);
    await vi.waitFor(() => expect(liveConnections.count("link")).toBe(0));
    await vi.waitFor(() => expect(closedCalls).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closedCalls).toBe(1);
  });

  it("closes a socket with loadFailed when the rooms cannot take it, leaving no link registration", async () => {
    const { url, liveConnections } = await serveTransport(30_000, {
      wrapRooms: () => ({
        connect() {
          throw new Error("rooms refused (test)");
        },
      }),
    });
    const client = open(url, { autoPong: true });
    expect(await client.closed).toBe(CLOSE_CODE.loadFailed);
    await vi.waitFor(() => expect(liveConnections.count("link")).toBe(0));
  });

  it("closes a socket whose link was revoked before it registered, without connecting it", async () => {
    let connects = 0;
    const { url, liveConnections } = await serveTransport(30_000, {
      wrapRooms: (rooms) => ({
        connect(...args) {
          connects++;
          return rooms.connect(...args);
        },
      }),
    });
    liveConnections.revoke("link");
    const client = open(url, { autoPong: true });
    expect(await client.closed).toBe(CLOSE_CODE.linkRevoked);
    expect(connects).toBe(0);
    expect(liveConnections.count("link")).toBe(0);
  });
});
