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

export interface TestServer extends RunningServer {
  dataDir: string;
  /** The y-websocket server URL: a provider appends `/<boardId>`. */
  syncUrl: string;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

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

    async server(
      options: { dataDir?: string; env?: Record<string, string> } & StartOptions = {},
    ): Promise<TestServer> {
      const dataDir = options.dataDir ?? (await this.tempDir());
      const config = loadConfig({
        PORT: "0",
        DATA_DIR: dataDir,
        CLIENT_DIR: join(dataDir, "no-client"),
        LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
        ...options.env,
      });
      const running = await startServer(config, createConsoleLogger(config.logLevel), options);
      cleanups.push(() => running.close());
      return { ...running, dataDir, syncUrl: syncUrlOf(running.url) };
    },

    client(syncUrl: string, boardId: string): TestClient {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(syncUrl, boardId, doc, {
        // ws's WebSocket is what y-websocket expects in Node; its type differs from the DOM one.
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
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
