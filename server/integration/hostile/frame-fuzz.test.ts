import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { fuzzInput, type FuzzInput } from "./frame-mutations";
import { openRawTcpWebSocket } from "./raw-tcp-websocket";
import { realFrames } from "./real-frames";
import { step1Frame, step2Update } from "./sync-frames";
import { expectBoardUnchanged, expectHealthy, startWatchedBoard, type WatchedBoard } from "./watched-board";

const RUNS = 2_200;
const CHECK_EVERY = 100;
const SOCKETS = 4;
const SETTLE_TIMEOUT_MS = 5_000;

/** Whether `bytes`, as a sync update, would change a replica of the board (a legitimate edit, not hostile input). */
function wouldEdit(board: Y.Doc, bytes: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
  const before = Y.snapshot(copy);
  let changed = false;
  copy.on("update", () => (changed = true));
  try {
    // Whatever part of the frame decodes as an update: the server reads the same bytes.
    for (let start = 0; start < Math.min(bytes.length, 8) && !changed; start++) {
      try {
        Y.applyUpdate(copy, bytes.subarray(start));
      } catch {
        // not an update from here
      }
    }
    return changed || !Y.equalSnapshots(before, Y.snapshot(copy));
  } finally {
    copy.destroy();
  }
}

class FuzzSocket {
  private socket?: WebSocket;
  private step2s = 0;

  constructor(private readonly url: string) {}

  private async open(): Promise<WebSocket> {
    if (this.socket?.readyState === WebSocket.OPEN) return this.socket;
    const socket = new WebSocket(this.url);
    socket.on("error", () => {});
    this.step2s = 0;
    socket.on("message", (data: Buffer) => {
      if (step2Update(data)) this.step2s++;
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("unexpected-response", (_request, response) =>
        reject(new Error(`HTTP ${response.statusCode}`)),
      );
    });
    this.socket = socket;
    return socket;
  }

  /** Send `bytes`, then a step 1: settled once a step 2 comes back (handled, ignored) or the server closed us. */
  async send(bytes: Uint8Array): Promise<"closed" | "ignored"> {
    const socket = await this.open();
    const before = this.step2s;
    const closed = new Promise<"closed">((resolve) => socket.once("close", () => resolve("closed")));
    const answered = new Promise<"ignored">((resolve) => {
      const check = () => {
        if (this.step2s <= before) return;
        socket.off("message", check);
        resolve("ignored");
      };
      socket.on("message", check);
    });
    socket.send(bytes);
    socket.send(step1Frame());
    return settle(Promise.race([closed, answered]));
  }

  close(): void {
    this.socket?.terminate();
  }
}

function settle<T>(outcome: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error("the server neither answered nor closed the connection")),
      SETTLE_TIMEOUT_MS,
    );
  });
  return Promise.race([outcome, timeout]).finally(() => clearTimeout(timer));
}

describe("a property test: 2,000+ mutated and random frames against the sync server", () => {
  let target: WatchedBoard;

  beforeAll(async () => {
    target = await startWatchedBoard();
  }, 30_000);

  afterAll(async () => {
    await target?.dispose();
  });

  it("each frame closes its sender or is ignored; health answers within the bound; the document never changes", async () => {
    const url = `${target.server.url.replace(/^http/, "ws")}${target.path}`;
    const sockets = Array.from({ length: SOCKETS }, () => new FuzzSocket(url));
    const pool = realFrames(target.watcher.doc);
    const outcomes = { closed: 0, ignored: 0, wire: 0, skippedEdits: 0 };
    let sent = 0;

    const sendWire = async (bytes: Uint8Array) => {
      const raw = await openRawTcpWebSocket(target.server.url, target.path);
      raw.socket.end(Buffer.from(bytes));
      await settle(raw.ended);
      outcomes.wire++;
    };

    await target.probe.take();
    try {
      await fc.assert(
        fc.asyncProperty(fuzzInput(pool), async ({ via, bytes }: FuzzInput) => {
          if (via === "message" && wouldEdit(target.watcher.doc, bytes)) {
            outcomes.skippedEdits++;
            fc.pre(false);
          }
          if (via === "wire") await sendWire(bytes);
          else outcomes[await sockets[sent % SOCKETS]!.send(bytes)]++;
          sent++;
          if (sent % CHECK_EVERY === 0) {
            expectHealthy(target, await target.probe.take());
            await expectBoardUnchanged(target, `after ${sent} frames`);
          }
        }),
        { numRuns: RUNS, maxSkipsPerRun: 1, endOnFailure: true, interruptAfterTimeLimit: 60_000 },
      );
    } finally {
      for (const socket of sockets) socket.close();
    }
    expect(sent).toBeGreaterThanOrEqual(2_000);
    expect(outcomes.closed + outcomes.ignored + outcomes.wire).toBe(sent);
    expectHealthy(target, await target.probe.take());
    await expectBoardUnchanged(target, "after the whole run");
  }, 90_000);
});
