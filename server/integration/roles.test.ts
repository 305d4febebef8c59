import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { ERROR_CODE } from "../../shared/api/schemas";
import {
  sessionCookieName,
  type AccessInfo,
  type CreatedBoard,
  type LinkSummary,
} from "../../shared/api/roles";
import { createAction, getActionTitleText, readBoard } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { MESSAGE_TYPE } from "../../shared/protocol/message-types";
import { createConsoleLogger } from "../console-logger";
import { bearer, createBoard, createLink, expectError, revokeLink } from "./api";
import { boardContent } from "./board-content";
import { eventually, useIntegration, type TestServer } from "./harness";
import { openRawSocket, syncSocketUrl, upgradeOutcome } from "./raw-socket";

async function health(server: TestServer): Promise<{ rooms: number; connections: number }> {
  return (await (await fetch(`${server.url}/api/health`)).json()) as { rooms: number; connections: number };
}

function addAction(doc: Y.Doc, title: string): string {
  const { themes, columns } = readBoard(doc);
  return createAction(doc, { title, themeId: themes[0]!.id, columnId: columns[0]!.id });
}

function titles(doc: Y.Doc): string[] {
  return boardContent(doc).actions.map((action) => action.title);
}

/** A y-protocols sync step 2 frame carrying `update`, as a client answering the server's step 1 sends it. */
function syncStep2Frame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  syncProtocol.writeSyncStep2(encoder, docWith(update));
  return encoding.toUint8Array(encoder);
}

function docWith(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

async function sessionCookie(server: TestServer, board: CreatedBoard, token: string): Promise<string> {
  const response = await fetch(`${server.url}/api/boards/${board.id}/session`, {
    method: "POST",
    headers: bearer(token, { origin: server.url }),
  });
  expect(response.status).toBe(200);
  const setCookie = response.headers.get("set-cookie") ?? "";
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Strict/i);
  expect(setCookie).toMatch(/Max-Age=2592000/);
  expect(setCookie).toMatch(/Path=\//);
  return setCookie.split(";")[0]!;
}

describe("roles over real sockets", () => {
  const harness = useIntegration();

  it("[R1] a viewer's update message is refused (4403), never relayed or stored, while an editor's is", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const editorLink = await createLink(server.url, board, "editor");
    const viewerLink = await createLink(server.url, board, "viewer");
    const editor = harness.client(server.syncUrl, board.id, editorLink.token);
    const viewer = harness.client(server.syncUrl, board.id, viewerLink.token);
    const witness = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect([editor, viewer, witness].every((c) => c.provider.synced)).toBe(true));
    const closes: number[] = [];
    viewer.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));

    const editorAction = addAction(editor.doc, "Editor's action");
    await eventually(() => {
      expect(getActionTitleText(witness.doc, editorAction)?.toString()).toBe("Editor's action");
      expect(getActionTitleText(viewer.doc, editorAction)?.toString()).toBe("Editor's action");
    });
    addAction(viewer.doc, "Viewer's action");
    await eventually(() => expect(closes).toContain(CLOSE_CODE.forbidden));
    const secondEdit = addAction(editor.doc, "Editor's second action");
    await eventually(() =>
      expect(getActionTitleText(witness.doc, secondEdit)?.toString()).toBe("Editor's second action"),
    );
    expect(titles(witness.doc)).not.toContain("Viewer's action");
    expect(titles(editor.doc)).not.toContain("Viewer's action");

    await server.close();
    const restarted = await harness.server({ dataDir: server.dataDir });
    const fresh = harness.client(restarted.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(fresh.provider.synced).toBe(true));
    expect(titles(fresh.doc)).toContain("Editor's second action");
    expect(titles(fresh.doc)).not.toContain("Viewer's action");
  });

  it("[R2] a viewer's sync step 2 with new content is refused, never relayed or stored; an editor's is applied", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const viewerLink = await createLink(server.url, board, "viewer");
    const editorLink = await createLink(server.url, board, "editor");
    const witness = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(witness.provider.synced).toBe(true));

    // An offline replica with an action the server has never seen.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(witness.doc));
    addAction(offline, "Smuggled in a step 2");
    const smuggled = Y.encodeStateAsUpdate(offline);

    const viewer = await openRawSocket(server.syncUrl, board.id, viewerLink.token);
    viewer.socket.send(syncStep2Frame(smuggled));
    expect(await viewer.closed).toBe(CLOSE_CODE.forbidden);

    const marker = addAction(witness.doc, "After the viewer");
    const editor = await openRawSocket(server.syncUrl, board.id, editorLink.token);
    harness.defer(() => editor.socket.terminate());
    await eventually(() => expect(getActionTitleText(witness.doc, marker)).toBeDefined());
    expect(titles(witness.doc)).not.toContain("Smuggled in a step 2");
    editor.socket.send(syncStep2Frame(smuggled));
    await eventually(() => expect(titles(witness.doc)).toContain("Smuggled in a step 2"));

    editor.socket.terminate();
    await server.close();
    const restarted = await harness.server({ dataDir: server.dataDir });
    const fresh = harness.client(restarted.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(fresh.provider.synced).toBe(true));
    expect(titles(fresh.doc).filter((title) => title === "Smuggled in a step 2")).toHaveLength(1);
  });

  it("[R3] revoking a link closes its live connections within a second with 4401; its token then gets 401", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const link = await createLink(server.url, board, "editor", "Partners");
    const other = await createLink(server.url, board, "viewer");
    const cookie = await sessionCookie(server, board, link.token);
    const byToken = harness.client(server.syncUrl, board.id, link.token);
    const bystander = harness.client(server.syncUrl, board.id, other.token);
    const byCookie = await openRawSocket(server.syncUrl, board.id, undefined, {
      headers: { cookie, origin: server.url },
    });
    await eventually(() => expect(byToken.provider.synced && bystander.provider.synced).toBe(true));
    const closed = new Promise<number>((resolve) =>
      byToken.provider.on("connection-close", (event) => resolve(event?.code ?? 0)),
    );

    const revokedAt = Date.now();
    await revokeLink(server.url, board, link.id);
    expect(await closed).toBe(CLOSE_CODE.linkRevoked);
    expect(await byCookie.closed).toBe(CLOSE_CODE.linkRevoked);
    expect(Date.now() - revokedAt).toBeLessThan(1000);
    expect(bystander.provider.wsconnected).toBe(true);

    await expectError(
      await fetch(`${server.url}/api/boards/${board.id}/me`, { headers: bearer(link.token) }),
      401,
      ERROR_CODE.unauthorized,
    );
    await expectError(
      await fetch(`${server.url}/api/boards/${board.id}/me`, { headers: { cookie } }),
      401,
      ERROR_CODE.unauthorized,
    );
    expect(await upgradeOutcome(syncSocketUrl(server.syncUrl, board.id, link.token))).toBe(401);
    expect(
      await upgradeOutcome(syncSocketUrl(server.syncUrl, board.id), {
        headers: { cookie, origin: server.url },
      }),
    ).toBe(401);
    const listed = await fetch(`${server.url}/api/boards/${board.id}/links`, {
      headers: bearer(board.facilitatorToken),
    });
    const { links } = (await listed.json()) as { links: LinkSummary[] };
    expect(links.find((candidate) => candidate.id === link.id)?.revokedAt).toEqual(expect.any(String));
    expect(JSON.stringify(links)).not.toContain(link.token);
  });

  it("[R4] viewers and editors get 403 on facilitator endpoints; the facilitator gets through", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const viewer = await createLink(server.url, board, "viewer");
    const editor = await createLink(server.url, board, "editor");
    for (const token of [viewer.token, editor.token]) {
      const headers = bearer(token, { "content-type": "application/json" });
      const base = `${server.url}/api/boards/${board.id}/links`;
      for (const request of [
        fetch(base, { method: "POST", headers, body: JSON.stringify({ role: "editor" }) }),
        fetch(base, { headers }),
        fetch(`${base}/${viewer.id}`, { method: "DELETE", headers }),
      ]) {
        await expectError(await request, 403, ERROR_CODE.forbidden);
      }
    }
    const me = await fetch(`${server.url}/api/boards/${board.id}/me`, { headers: bearer(viewer.token) });
    expect((await me.json()) as AccessInfo).toEqual({ boardId: board.id, role: "viewer" });
    expect(
      (
        await fetch(`${server.url}/api/boards/${board.id}/export?format=json`, {
          headers: bearer(viewer.token),
        })
      ).status,
    ).toBe(200);
  });

  it("[R5] no credential or a bad one: 401 on HTTP and on the upgrade, and no board is loaded", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const forged = `cpl_${"A".repeat(43)}`;
    for (const path of ["", "/me", "/links", "/export?format=json"]) {
      await expectError(
        await fetch(`${server.url}/api/boards/${board.id}${path}`),
        401,
        ERROR_CODE.unauthorized,
      );
      await expectError(
        await fetch(`${server.url}/api/boards/${board.id}${path}`, { headers: bearer(forged) }),
        401,
        ERROR_CODE.unauthorized,
      );
    }
    expect(await upgradeOutcome(syncSocketUrl(server.syncUrl, board.id))).toBe(401);
    expect(await upgradeOutcome(syncSocketUrl(server.syncUrl, board.id, forged))).toBe(401);
    expect(await upgradeOutcome(syncSocketUrl(server.syncUrl, board.id, "not-a-token"))).toBe(401);
    expect(await health(server)).toEqual({ status: "ok", rooms: 0, connections: 0 });
  });

  it("[R6] the session cookie works for the API and the socket from the app's origin; a bad Origin gets 403", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const editor = await createLink(server.url, board, "editor");
    const cookie = await sessionCookie(server, board, editor.token);
    expect(cookie.startsWith(`${sessionCookieName(board.id)}=cps_`)).toBe(true);

    const me = await fetch(`${server.url}/api/boards/${board.id}/me`, { headers: { cookie } });
    expect((await me.json()) as AccessInfo).toEqual({ boardId: board.id, role: "editor" });
    const socket = await openRawSocket(server.syncUrl, board.id, undefined, {
      headers: { cookie, origin: server.url },
    });
    harness.defer(() => socket.socket.terminate());
    await eventually(async () => expect((await health(server)).connections).toBe(1));

    const evil = "https://evil.example";
    await expectError(
      await fetch(`${server.url}/api/boards/${board.id}/me`, { headers: { cookie, origin: evil } }),
      403,
      ERROR_CODE.forbidden,
    );
    // A state-changing cookie call with no Origin at all is a forged cross-site request.
    const facilitatorCookie = await sessionCookie(server, board, board.facilitatorToken);
    await expectError(
      await fetch(`${server.url}/api/boards/${board.id}/links`, {
        method: "POST",
        headers: { cookie: facilitatorCookie, "content-type": "application/json" },
        body: JSON.stringify({ role: "viewer" }),
      }),
      403,
      ERROR_CODE.forbidden,
    );
    const sameOrigin = await fetch(`${server.url}/api/boards/${board.id}/links`, {
      method: "POST",
      headers: { cookie: facilitatorCookie, origin: server.url, "content-type": "application/json" },
      body: JSON.stringify({ role: "viewer" }),
    });
    expect(sameOrigin.status).toBe(201);
    const url = syncSocketUrl(server.syncUrl, board.id);
    expect(await upgradeOutcome(url, { headers: { cookie, origin: evil } })).toBe(403);
    expect(await upgradeOutcome(url, { headers: { cookie } })).toBe(403);
  });

  it("[R7] ALLOWED_ORIGINS lets a listed origin use the cookie", async () => {
    const server = await harness.server({ env: { ALLOWED_ORIGINS: "https://plans.council.example" } });
    const board = await createBoard(server.url);
    const cookie = await sessionCookie(server, board, board.facilitatorToken);
    const url = syncSocketUrl(server.syncUrl, board.id);
    expect(await upgradeOutcome(url, { headers: { cookie, origin: "https://plans.council.example" } })).toBe(
      "open",
    );
    expect(await upgradeOutcome(url, { headers: { cookie, origin: "https://other.example" } })).toBe(403);
  });

  it("[R8] no token, session secret or token-bearing URL ever reaches the log", async () => {
    const lines: string[] = [];
    const server = await harness.server({
      logger: createConsoleLogger("info", (_severity, line) => lines.push(line)),
    });
    const board = await createBoard(server.url);
    const editor = await createLink(server.url, board, "editor");
    const cookie = await sessionCookie(server, board, editor.token);
    const client = harness.client(server.syncUrl, board.id, editor.token);
    await eventually(() => expect(client.provider.synced).toBe(true));
    const raw = await openRawSocket(server.syncUrl, board.id, editor.token);
    raw.socket.send(new Uint8Array([MESSAGE_TYPE.sync, 9, 9]));
    expect(await raw.closed).toBe(CLOSE_CODE.malformedMessage);
    expect(await upgradeOutcome(syncSocketUrl(server.syncUrl, board.id, `${editor.token}x`))).toBe(401);
    await revokeLink(server.url, board, editor.id);
    await server.close();

    const log = lines.join("\n");
    expect(log).toContain("share link revoked");
    expect(log).toContain(editor.id);
    for (const secret of [board.facilitatorToken, editor.token, cookie.split("=")[1]!]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toContain("token=");
  });

  it("[R9] BOARD_CREATION=admin: creating a board needs the admin token", async () => {
    const adminToken = "a".repeat(40);
    const server = await harness.server({ env: { BOARD_CREATION: "admin", ADMIN_TOKEN: adminToken } });
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/boards`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ title: "Plan", template: "blank" }),
      });
    await expectError(await post({}), 401, ERROR_CODE.unauthorized);
    await expectError(await post(bearer("b".repeat(40))), 403, ERROR_CODE.forbidden);
    const board = await createBoard(server.url, {}, { adminToken });
    expect(board.facilitatorToken).toMatch(/^cpl_[A-Za-z0-9_-]{43}$/);
  });
});
