import { expect, vi } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocStore, StoredDoc } from "../../storage/doc-store";
import { MemoryStore } from "../../storage/memory-store";
import { openSqliteStore, type SqliteDocStore } from "../../storage/sqlite-store";
import type { SyncLimits } from "../limits";
import type { Logger } from "../logger";
import { RoomManager } from "../room-manager";
import type { Permission } from "../sync-socket";
import { InstrumentedStore } from "./instrumented-store";
import { TestClient } from "./test-client";
import { createTestBoard } from "./boards";

export type StoreKind = "sqlite" | "memory";

export interface LogEntry {
  level: "info" | "warn" | "error";
  message: string;
  fields?: Record<string, unknown>;
}

/** A room manager on a real store (a temp SQLite file, or memory), with clients and a recorded log. */
export class SyncHarness {
  readonly store: InstrumentedStore;
  readonly log: LogEntry[] = [];
  readonly logger: Logger = {
    info: (message, fields) => this.log.push({ level: "info", message, fields }),
    warn: (message, fields) => this.log.push({ level: "warn", message, fields }),
    error: (message, fields) => this.log.push({ level: "error", message, fields }),
  };
  manager: RoomManager;
  /** The SQLite store under the instrumentation (for kind "sqlite"). */
  readonly sqlite?: SqliteDocStore;
  private readonly clients: TestClient[] = [];
  private readonly limits: Partial<SyncLimits>;
  private readonly directory?: string;

  constructor(
    readonly kind: StoreKind = "sqlite",
    limits: Partial<SyncLimits> = {},
  ) {
    // Most tests check what a frame did right after sending it, so one turn takes all it is given;
    // the per-turn budget has tests of its own (room-turns.test.ts) that set it.
    this.limits = { turnBudgetMs: 60_000, ...limits };
    let inner: DocStore;
    if (kind === "sqlite") {
      this.directory = mkdtempSync(join(tmpdir(), "coplan-sync-"));
      this.sqlite = openSqliteStore(join(this.directory, "coplan.sqlite"));
      inner = this.sqlite;
    } else {
      inner = new MemoryStore();
    }
    this.store = new InstrumentedStore(inner);
    this.manager = this.newManager();
  }

  client(boardId: string, permission: Permission = "write", initialState?: Uint8Array): TestClient {
    const client = new TestClient(this.manager, boardId, permission, initialState);
    this.clients.push(client);
    return client;
  }

  /** A test board ("board") with `count` clients, resolved once every one of them has synced. */
  async syncedClients(count: number): Promise<TestClient[]> {
    await createTestBoard(this.store, "board");
    const clients = Array.from({ length: count }, () => this.client("board"));
    await vi.waitFor(() => expect(clients.every((client) => client.synced)).toBe(true));
    return clients;
  }

  /** What the store holds for a board, read without counting as a load. */
  stored(boardId: string): Promise<StoredDoc | undefined> {
    return this.store.inner.loadDoc(boardId);
  }

  /** Simulate a server restart: shut the manager down and start a new one on the same store. */
  async restart(): Promise<void> {
    await this.manager.shutdown();
    this.manager = this.newManager();
  }

  async dispose(): Promise<void> {
    await this.manager.shutdown();
    for (const client of this.clients) client.awareness.destroy();
    await this.store.close();
    if (this.directory) rmSync(this.directory, { recursive: true, force: true });
  }

  private newManager(): RoomManager {
    return new RoomManager({ store: this.store, limits: this.limits, logger: this.logger });
  }
}
