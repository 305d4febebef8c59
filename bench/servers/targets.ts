import { join } from "node:path";
import { ServerChild } from "./launch";

export type Framing = "y-websocket" | "hocuspocus";
export type TargetName = "Coplan" | "Hocuspocus" | "y-websocket";

/** Where a client connects to one board, and what it calls the board on the wire. */
export interface BoardRef {
  url: string;
  name: string;
}

export interface Target {
  name: TargetName;
  framing: Framing;
  /** Whether the server stores boards at all (else durability and storage are n/a). */
  persists: boolean;
  /** Coplan boards come seeded from a template; the peers start empty. */
  seeded: boolean;
  start(dataDir: string, cpu?: number): Promise<ServerChild>;
  /** `count` boards ready to join: created through the API where the server needs that. */
  boards(server: ServerChild, count: number, prefix?: string): Promise<BoardRef[]>;
}

const COPLAN_ENV = {
  HOST: "127.0.0.1",
  PORT: "0",
  LOG_LEVEL: "error",
  // Every bench client connects from 127.0.0.1: the per-address connection limit is not what is measured.
  SYNC_CONNECTIONS_PER_MINUTE: "100000000",
  SYNC_CONNECTION_BURST: "100000000",
};

const CREATE_CONCURRENCY = 8;

/**
 * POST JSON, trying again when the request fails outright: after a long pause (generating a large
 * history) fetch may reuse a keep-alive socket the server has just closed.
 */
export async function postWithRetry(url: string, body: unknown, attempts = 3): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

async function createCoplanBoards(server: ServerChild, count: number): Promise<BoardRef[]> {
  const boards: BoardRef[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const response = await postWithRetry(`http://127.0.0.1:${server.port}/api/boards`, {
        title: "Bench board",
        template: "blank",
      });
      if (response.status !== 201) throw new Error(`board creation failed: ${response.status}`);
      const { id, facilitatorToken } = (await response.json()) as { id: string; facilitatorToken: string };
      boards.push({ url: `ws://127.0.0.1:${server.port}/sync/${id}?token=${facilitatorToken}`, name: id });
    }
  };
  await Promise.all(Array.from({ length: CREATE_CONCURRENCY }, worker));
  return boards;
}

let peerBoardSerial = 0;
function peerBoards(server: ServerChild, count: number, prefix: string, framing: Framing): BoardRef[] {
  const run = ++peerBoardSerial;
  return Array.from({ length: count }, (_, index) => {
    const name = `${prefix}-${run}-${index}`;
    const path = framing === "hocuspocus" ? "" : name;
    return { url: `ws://127.0.0.1:${server.port}/${path}`, name };
  });
}

const entry = (file: string) => join("bench", "servers", file);

export const TARGETS: Target[] = [
  {
    name: "Coplan",
    framing: "y-websocket",
    persists: true,
    seeded: true,
    start: (dataDir, cpu) =>
      ServerChild.start({ entry: entry("coplan-entry.ts"), env: { ...COPLAN_ENV, DATA_DIR: dataDir }, cpu }),
    boards: (server, count) => createCoplanBoards(server, count),
  },
  {
    name: "Hocuspocus",
    framing: "hocuspocus",
    persists: true,
    seeded: false,
    start: (dataDir, cpu) =>
      ServerChild.start({ entry: entry("hocuspocus-entry.ts"), env: { DATA_DIR: dataDir }, cpu }),
    boards: async (server, count, prefix = "board") => peerBoards(server, count, prefix, "hocuspocus"),
  },
  {
    name: "y-websocket",
    framing: "y-websocket",
    persists: true,
    seeded: false,
    start: (dataDir, cpu) =>
      ServerChild.start({
        entry: entry("y-websocket-entry.ts"),
        env: { YPERSISTENCE: join(dataDir, "leveldb") },
        cpu,
      }),
    boards: async (server, count, prefix = "board") => peerBoards(server, count, prefix, "y-websocket"),
  },
];

/** The same board on a restarted server, which listens on a new port. */
export function onPort(board: BoardRef, port: number): BoardRef {
  return { ...board, url: board.url.replace(/:\d+\//, `:${port}/`) };
}
