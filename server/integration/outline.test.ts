import { describe, expect, it } from "vitest";
import { ERROR_CODE } from "../../shared/api/schemas";
import { createAction, getActionTitleText, readBoard, type BoardOutline } from "../../shared/board";
import { bearer, createBoard, createLink, expectError, revokeLink } from "./api";
import { eventually, useIntegration } from "./harness";

describe("GET /api/boards/:id/outline (the page's first view)", () => {
  const harness = useIntegration();

  it("gives any role the live matrix, edits included, uncached", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const viewerLink = await createLink(server.url, board, "viewer");
    const editor = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(editor.provider.synced).toBe(true));
    const { themes, columns } = readBoard(editor.doc);
    const id = createAction(editor.doc, {
      title: "Live <b>edit</b>",
      themeId: themes[1]!.id,
      columnId: columns[2]!.id,
      owner: "Plymouth City Council",
    });
    expect(getActionTitleText(editor.doc, id)?.toString()).toBe("Live <b>edit</b>");

    await eventually(async () => {
      const response = await fetch(`${server.url}/api/boards/${board.id}/outline`, {
        headers: bearer(viewerLink.token),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const outline = (await response.json()) as BoardOutline;
      expect(outline.columns).toEqual(columns.map((column) => column.title));
      expect(outline.rows.map((row) => row.title)).toEqual(themes.map((theme) => theme.title));
      expect(outline.rows[1]!.cells[2]!.map((card) => card.title)).toContain("Live <b>edit</b>");
      expect(outline.placedCount).toBe(readBoard(editor.doc).actionCount);
    });
  });

  it("answers 401 without a credential and for a revoked link, 403 for another board's, 400 for a malformed id", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const other = await createBoard(server.url);
    await expectError(
      await fetch(`${server.url}/api/boards/${board.id}/outline`, {
        headers: bearer(other.facilitatorToken),
      }),
      403,
      ERROR_CODE.forbidden,
    );
    const link = await createLink(server.url, board, "viewer");
    await expectError(
      await fetch(`${server.url}/api/boards/${board.id}/outline`),
      401,
      ERROR_CODE.unauthorized,
    );
    await revokeLink(server.url, board, link.id);
    await expectError(
      await fetch(`${server.url}/api/boards/${board.id}/outline`, { headers: bearer(link.token) }),
      401,
      ERROR_CODE.unauthorized,
    );
    await expectError(
      await fetch(`${server.url}/api/boards/not-a-board/outline`, { headers: bearer(link.token) }),
      400,
      ERROR_CODE.validation,
    );
  });
});
