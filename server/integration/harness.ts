import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, vi } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { loadConfig } from "../config";
import { createConsoleLogger } from "../console-logger";
import { startServer, type RunningServer, type StartOptions } from "../start-server";
import type { Logger } from "../sync/logger";

export interface TestServer extends RunningServer {
  dataDir: string;
  /** The y-websocket server URL: a provider appends `/<boardId>`. */
  syncUrl: string;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

export interface TestServerOptions extends StartOptions {
  dataDir?: string;
  /** Environment variables on top of the test defaults (e.g. `BOARD_CREATION`, `ADMIN_TOKEN`). */
  env?: Record<string, string>;
  /** Where the server logs; by default a console logger at `LOG_LEVEL` (silent unless set). */
  logger?: Logger;
}

/**
 * Tests open many sockets from one address in a few seconds; the per-address connection limit is
 * raised here so only the tests that are about it (and set it in `env`) meet it.
 */
const TEST_ENV: Record<string, string> = {
  SYNC_CONNECTIONS_PER_MINUTE: "100000",
  SYNC_CONNECTION_BURST: "100000",
};

/** `vi.waitFor` with room for a loaded CI machine (its default gives up after one second). */
export function eventually<T>(assertion: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(assertion, { timeout: 10_000, interval: 20 });
}

export function syncUrlOf(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, "ws")}/sync`;
}

/**
 * Real servers on port 0 with a temp DATA_DIR, stock WebsocketProviders over `ws`; everything a
 * test opens is closed after it (clients first, then servers, then the temp dirs).
 */
export function useIntegration() {
  let cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    const pending = cleanups.reverse();
    cleanups = [];
    for (const cleanup of pending) await cleanup();
  });

  return {
    async tempDir(): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), "coplan-it-"));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      return dir;
    },

    async server(options: TestServerOptions = {}): Promise<TestServer> {
      const dataDir = options.dataDir ?? (await this.tempDir());
      const config = loadConfig({
        PORT: "0",
        DATA_DIR: dataDir,
        CLIENT_DIR: join(dataDir, "no-client"),
        LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
        ...TEST_ENV,
        ...options.env,
      });
      const logger = options.logger ?? createConsoleLogger(config.logLevel);
      const running = await startServer(config, logger, options);
      cleanups.push(() => running.close());
      return { ...running, dataDir, syncUrl: syncUrlOf(running.url) };
    },

    /**
     * A stock WebsocketProvider on the board, sending `token` as `?token=` (a link token or session
     * secret). `onFrame` sees every frame the server sends it, as received.
     */
    client(syncUrl: string, boardId: string, token: string, onFrame?: (frame: Buffer) => void): TestClient {
      const doc = new Y.Doc();
      class RecordingWebSocket extends WebSocket {
        constructor(...args: ConstructorParameters<typeof WebSocket>) {
          super(...args);
          // y-websocket sets binaryType "arraybuffer" after construction; copy whichever arrives.
          if (onFrame)
            this.on("message", (data: Buffer | ArrayBuffer) => onFrame(Buffer.from(new Uint8Array(data))));
        }
      }
      const provider = new WebsocketProvider(syncUrl, boardId, doc, {
        params: { token },
        // ws's WebSocket is what y-websocket expects in Node; its type differs from the DOM one.
        WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
        // Without this, providers in one process would sync through a BroadcastChannel, not the server.
        disableBc: true,
      });
      cleanups.push(() => {
        provider.destroy();
        doc.destroy();
      });
      return { doc, provider };
    },

    /** Run `cleanup` after the test, before anything opened earlier is closed. */
    defer(cleanup: () => Promise<void> | void): void {
      cleanups.push(cleanup);
    },
  };
}
