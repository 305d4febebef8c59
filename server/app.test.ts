import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TemplateSummary } from "../shared/api/schemas";
import type { CreatedBoard } from "../shared/api/roles";
import { newBoardId } from "../shared/board/ids";
import { getBoardTitleText, setText } from "../shared/board";
import { createApp } from "./app";
import { openSqliteStore } from "./storage/sqlite-store";
import { openSqliteAccessStore } from "./storage/sqlite-access-store";
import type { DocStore } from "./storage/doc-store";
import type { AccessStore } from "./storage/access-store";
import { createBoardAccess } from "./auth/board-access";
import { createOriginPolicy } from "./auth/origin-policy";
import { LiveConnections } from "./auth/live-connections";
import { RoomManager } from "./sync/room-manager";
import { silentLogger } from "./sync/logger";
import { SnapshotService } from "./snapshots/snapshot-service";
import { MemorySnapshotStore } from "./storage/memory-snapshot-store";

let dir: string;
let store: DocStore;
let access: AccessStore;
let rooms: RoomManager;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "coplan-app-"));
  store = openSqliteStore(join(dir, "coplan.sqlite"));
  access = openSqliteAccessStore(join(dir, "coplan.sqlite"));
  rooms = new RoomManager({ store, logger: silentLogger });
});

afterEach(async () => {
  await rooms.shutdown();
  await access.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function app(clientDir = join(dir, "no-client")) {
  return createApp({
    store,
    access,
    boardAccess: createBoardAccess(access, createOriginPolicy([])),
    liveConnections: new LiveConnections(),
    rooms,
    snapshots: new SnapshotService(rooms, new MemorySnapshotStore(store), {
      keepAutomatic: 5,
      maxNamed: 200,
    }),
    renderer: { render: () => Promise.reject(new Error("no documents are rendered in these tests")) },
    config: {
      clientDir,
      maxBodyBytes: 1024,
      maxImportBytes: 4096,
      boardCreation: "open",
      adminToken: undefined,
    },
    logger: silentLogger,
  });
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("createApp", () => {
  it("answers health with room and connection counts", async () => {
    const response = await app().request("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", rooms: 0, connections: 0 });
  });

  it("lists the templates with their columns and themes", async () => {
    const { templates } = (await (await app().request("/api/templates")).json()) as {
      templates: TemplateSummary[];
    };
    expect(templates.map((template) => template.id)).toEqual(["council-action-plan", "blank"]);
    expect(templates[0]?.columns).toEqual(["Finance", "Support", "Inform"]);
    expect(templates[0]?.themes).toHaveLength(4);
  });

  it("creates a board (201 BoardSummary, Location) and reads it back with its live title", async () => {
    const created = await app().request(
      "/api/boards",
      json({ title: "  Leeds plan ", template: "blank", area: "Leeds City Council" }),
    );
    expect(created.status).toBe(201);
    const { facilitatorToken, facilitatorUrl, ...summary } = (await created.json()) as CreatedBoard;
    expect(summary).toMatchObject({ title: "Leeds plan", area: "Leeds City Council", template: "blank" });
    expect(summary.url).toBe(`/b/${summary.id}`);
    expect(created.headers.get("location")).toBe(`/api/boards/${summary.id}`);
    expect(await store.getBoard(summary.id)).toMatchObject({ id: summary.id, title: "Leeds plan" });
    expect(facilitatorUrl).toBe(`/b/${summary.id}#token=${facilitatorToken}`);

    const read = await app().request(`/api/boards/${summary.id}`, {
      headers: { authorization: `Bearer ${facilitatorToken}` },
    });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(summary);
  });

  it("reads a board whose title was cleared on the board as Untitled plan", async () => {
    const created = await app().request("/api/boards", json({ title: "Leeds plan", template: "blank" }));
    const { id, facilitatorToken } = (await created.json()) as CreatedBoard;
    await rooms.readDoc(id, (doc) => setText(getBoardTitleText(doc), "  "));

    const read = await app().request(`/api/boards/${id}`, {
      headers: { authorization: `Bearer ${facilitatorToken}` },
    });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id, title: "Untitled plan" });
  });

  it("refuses a body over the limit even without a Content-Length (streamed)", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(600));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await app().request("/api/boards", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("sets security headers with a CSP for the app's own scripts and same-host sockets", async () => {
    const response = await app().request("http://coplan.test:8787/api/health");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' ws://coplan.test:8787 wss://coplan.test:8787");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
  });

  it("answers a plain GET on the sync path with 404 JSON", async () => {
    const response = await app().request(`/sync/${newBoardId()}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("the built client", () => {
  it("is replaced by a 503 page saying to run npm run build when client/dist is missing", async () => {
    for (const path of ["/", `/b/${newBoardId()}`]) {
      const response = await app().request(path);
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(await response.text()).toContain("npm run build");
    }
    expect((await app().request("/api/nothing")).status).toBe(404);
  });

  it("is served from client/dist with an index.html fallback for app routes", async () => {
    const clientDir = join(dir, "dist");
    await mkdir(join(clientDir, "assets"), { recursive: true });
    await writeFile(join(clientDir, "index.html"), "<!doctype html><title>Coplan</title>");
    await writeFile(join(clientDir, "assets", "app-1234.js"), "console.log('coplan')");
    const client = app(clientDir);

    for (const path of ["/", `/b/${newBoardId()}`]) {
      const response = await client.request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("<title>Coplan</title>");
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
    const asset = await client.request("/assets/app-1234.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await client.request("/assets/missing.js")).status).toBe(404);
    expect((await client.request("/../package.json")).status).not.toBe(200);
  });
});
