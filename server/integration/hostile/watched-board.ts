import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, vi } from "vitest";
import * as Y from "yjs";
import { createAction, readBoard } from "../../../shared/board";
import { boardContent } from "../board-content";
import {
  connectReplica,
  createBoardAccess,
  syncPath,
  type BoardAccess,
  type Replica,
} from "../durability/board-access";
import { startServerProcess, type ServerProcess } from "../durability/server-process";
import { quantileMs, startHealthProbe, type HealthProbe, type HealthSample } from "./health-probe";
import { openRawTcpWebSocket } from "./raw-tcp-websocket";
import { step1Frame, step2Update } from "./sync-frames";
import { OPCODE } from "./ws-wire";

/** The bound: `/api/health` answers within this while an attack runs. */
export const HEALTH_BOUND_MS = 100;

export const stateVectorOf = (doc: Y.Doc) =>
  Object.fromEntries([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b));

export const wait = <T>(assertion: () => T | Promise<T>, timeout = 10_000) =>
  vi.waitFor(assertion, { timeout, interval: 10 });

/**
 * A server process with one board under attack, watched by two stock providers that stay
 * connected (the watcher and its buddy), and a health probe running in a worker thread.
 */
export interface WatchedBoard {
  server: ServerProcess;
  board: BoardAccess;
  path: string;
  watcher: Replica;
  buddy: Replica;
  probe: HealthProbe;
  /** Times a stock provider lost its connection since the start. */
  readonly providerDisconnects: number;
  /** The document as it was before any attack. */
  baseline: { stateVector: Record<number, number>; content: ReturnType<typeof boardContent> };
  /** A real update (a new action) the board has never seen. */
  realUpdate: Uint8Array;
  dispose(): Promise<void>;
}

export async function startWatchedBoard(env: Record<string, string> = {}): Promise<WatchedBoard> {
  const dataDir = await mkdtemp(join(tmpdir(), "coplan-hostile-"));
  const server = await startServerProcess({ dataDir, env });
  const board = await createBoardAccess(server.url);
  const watcher = connectReplica(server.url, board);
  const buddy = connectReplica(server.url, board);
  let providerDisconnects = 0;
  for (const replica of [watcher, buddy])
    replica.provider.on("connection-close", () => providerDisconnects++);
  await wait(() => expect(watcher.provider.synced && buddy.provider.synced).toBe(true));
  watcher.provider.awareness.setLocalStateField("user", { name: "Watcher" });
  await wait(() => expect(buddy.provider.awareness.getStates().get(watcher.doc.clientID)).toBeDefined());
  const probe = startHealthProbe(server.url);
  return {
    server,
    board,
    path: syncPath(board),
    watcher,
    buddy,
    probe,
    get providerDisconnects() {
      return providerDisconnects;
    },
    baseline: { stateVector: stateVectorOf(watcher.doc), content: boardContent(watcher.doc) },
    realUpdate: unseenUpdate(watcher.doc),
    async dispose() {
      await probe.stop();
      watcher.destroy();
      buddy.destroy();
      await server.kill();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function unseenUpdate(doc: Y.Doc): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const updates: Uint8Array[] = [];
  copy.on("update", (update: Uint8Array) => updates.push(update));
  const { themes, columns } = readBoard(copy);
  createAction(copy, { title: "Sneaky action", themeId: themes[0]!.id, columnId: columns[0]!.id });
  copy.destroy();
  return Y.mergeUpdates(updates);
}

/** The server's own document, as a client with nothing would receive it in sync step 2. */
export async function serverDocument(target: WatchedBoard): Promise<Y.Doc> {
  const raw = await openRawTcpWebSocket(target.server.url, target.path);
  try {
    await raw.write([{ opcode: OPCODE.binary, payload: step1Frame() }]);
    await raw.until((messages) => messages.some((message) => step2Update(message.payload)));
    const update = raw.messages.map((message) => step2Update(message.payload)).find(Boolean)!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    return doc;
  } finally {
    raw.socket.destroy();
  }
}

/** The process is up, every health probe answered 200 within the bound, and there was at least one. */
export function expectHealthy(target: WatchedBoard, samples: HealthSample[]): void {
  expect(target.server.exited, `the server process exited:\n${target.server.output}`).toBe(false);
  expect(samples.length).toBeGreaterThan(0);
  expect(samples.filter((sample) => !sample.ok)).toEqual([]);
  expect(quantileMs(samples), "slowest /api/health answer (ms)").toBeLessThan(HEALTH_BOUND_MS);
}

/**
 * After a case that did change the board (a failure it reports), measure the baseline again, so
 * the cases after it are judged on their own.
 */
export async function rebaseline(target: WatchedBoard): Promise<void> {
  const stored = await serverDocument(target);
  target.baseline = { stateVector: stateVectorOf(stored), content: boardContent(stored) };
}

/** The server's document, and the watcher's replica of it, are exactly the baseline; the providers still sync. */
export async function expectBoardUnchanged(target: WatchedBoard, note: string): Promise<void> {
  const stored = await serverDocument(target);
  expect(stateVectorOf(stored)).toEqual(target.baseline.stateVector);
  expect(boardContent(stored)).toEqual(target.baseline.content);
  expect(stateVectorOf(target.watcher.doc)).toEqual(target.baseline.stateVector);
  expect(boardContent(target.watcher.doc)).toEqual(target.baseline.content);
  // Presence still flows between the two stock providers through the server.
  target.watcher.provider.awareness.setLocalStateField("note", note);
  await wait(() =>
    expect(target.buddy.provider.awareness.getStates().get(target.watcher.doc.clientID)?.note).toBe(note),
  );
  expect(target.providerDisconnects).toBe(0);
}
