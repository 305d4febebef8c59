import { describe, expect, it } from "vitest";
import { createBoard } from "./api";
import { useIntegration } from "./harness";
import { openRawTcpWebSocket, tcpConnect, upgradeRequest } from "./hostile/raw-tcp-websocket";
import { OPCODE } from "./hostile/ws-wire";

const syncPath = (board: { id: string; facilitatorToken: string }) =>
  `/sync/${board.id}?token=${encodeURIComponent(board.facilitatorToken)}`;

/** Write `request` on a fresh TCP connection and read the response head. */
async function responseHead(url: string, request: string): Promise<string> {
  const socket = await tcpConnect(url);
  socket.on("error", () => {});
  let received = "";
  socket.write(request);
  await new Promise<void>((resolve) => {
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n\r\n")) resolve();
    });
    socket.once("close", () => resolve());
  });
  socket.destroy();
  return received.slice(0, received.indexOf("\r\n\r\n"));
}

describe("transport limits", () => {
  const harness = useIntegration();

  it("[S27] an upgrade offering per-message deflate is accepted without it", async () => {
    const { url } = await harness.server();
    const board = await createBoard(url);
    const head = await responseHead(
      url,
      upgradeRequest(
        new URL(url).host,
        syncPath(board),
        "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n",
      ),
    );
    expect(head).toMatch(/^HTTP\/1\.1 101/);
    expect(head.toLowerCase()).not.toContain("sec-websocket-extensions");
  });

  it("[S28] a client trickling its headers is disconnected after HTTP_HEADERS_TIMEOUT_MS", async () => {
    const { url } = await harness.server({ env: { HTTP_HEADERS_TIMEOUT_MS: "500" } });
    const board = await createBoard(url);
    const requests = [
      upgradeRequest(new URL(url).host, syncPath(board)),
      `GET /api/health HTTP/1.1\r\nHost: ${new URL(url).host}\r\n\r\n`,
    ];
    await Promise.all(
      requests.map(async (request) => {
        const socket = await tcpConnect(url);
        socket.on("error", () => {});
        const started = Date.now();
        socket.write(request.replace(/\r\n\r\n$/, "\r\n"));
        let line = 0;
        const trickle = setInterval(() => socket.write(`X-Slow-${line++}: 1\r\n`), 50);
        await new Promise((resolve) => socket.once("close", resolve));
        clearInterval(trickle);
        const elapsed = Date.now() - started;
        // Node checks timeouts on an interval: cut between the timeout and a few checks later.
        expect(elapsed).toBeGreaterThanOrEqual(450);
        expect(elapsed).toBeLessThan(5_000);
      }),
    );
  });

  it("[S29] a message in more than SYNC_MAX_FRAGMENTS fragments closes its socket; within the limit it is answered", async () => {
    const { url } = await harness.server({ env: { SYNC_MAX_FRAGMENTS: "4" } });
    const board = await createBoard(url);
    // A sync step 1 with an empty state vector, sent as `count` fragments (the first ones empty).
    const step1InFragments = (count: number) => [
      { opcode: OPCODE.binary, fin: false },
      ...Array.from({ length: count - 2 }, () => ({ opcode: OPCODE.continuation, fin: false })),
      { opcode: OPCODE.continuation, fin: true, payload: Uint8Array.of(0, 0, 1, 0) },
    ];

    const within = await openRawTcpWebSocket(url, syncPath(board));
    const answered = within.messages.length;
    await within.write(step1InFragments(4));
    await within.until((messages) => messages.length > answered);
    within.socket.destroy();

    const over = await openRawTcpWebSocket(url, syncPath(board));
    await over.write(step1InFragments(10));
    expect([1008, 1009]).toContain(await over.ended);
  });
});
