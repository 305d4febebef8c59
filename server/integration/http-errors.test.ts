import { describe, expect, it } from "vitest";
import { newBoardId } from "../../shared/board/ids";
import { ERROR_CODE } from "../../shared/api/schemas";
import { bearer, createBoard, expectError } from "./api";
import { useIntegration } from "./harness";
import { syncSocketUrl, upgradeOutcome } from "./raw-socket";

const MAX_BODY_BYTES = 4096;

function postBoard(baseUrl: string, body: string): Promise<Response> {
  return fetch(`${baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

describe("bad HTTP input", () => {
  const harness = useIntegration();
  const server = () => harness.server({ env: { MAX_BODY_BYTES: String(MAX_BODY_BYTES) } });

  it.each([
    ["a missing title", { template: "blank" }, "title: title is required"],
    ["an empty title", { title: "   ", template: "blank" }, "title: title must not be empty"],
    ["an unknown template", { title: "Plan", template: "kanban" }, "template: template must be one of"],
    ["a body that is not an object", [1, 2], "body:"],
  ])("POST /api/boards with %s → 400 validation_error naming the field", async (_name, body, message) => {
    const { url } = await server();
    const error = await expectError(await postBoard(url, JSON.stringify(body)), 400, ERROR_CODE.validation);
    expect(error.message).toContain(message);
  });

  it("POST /api/boards with malformed JSON → 400 malformed_json", async () => {
    const { url } = await server();
    await expectError(await postBoard(url, '{"title": "Plan",'), 400, ERROR_CODE.malformedJson);
    await expectError(await postBoard(url, ""), 400, ERROR_CODE.malformedJson);
  });

  it("POST /api/boards with a body over MAX_BODY_BYTES → 413 payload_too_large", async () => {
    const { url } = await server();
    const body = JSON.stringify({ title: "x".repeat(MAX_BODY_BYTES), template: "blank" });
    await expectError(await postBoard(url, body), 413, ERROR_CODE.payloadTooLarge);
  });

  it("GET /api/boards/:id of a malformed id (path traversal, encoded slashes) → 400 before any lookup", async () => {
    const { url } = await server();
    const board = await createBoard(url);
    const malformed = [
      "not-an-id",
      "..%2F..%2Fetc%2Fpasswd",
      "..%5C..%5Cboot.ini",
      `${board.id.slice(0, 10)}%2F${board.id.slice(10)}`,
      `${board.id}%00`,
      `${board.id}x`,
    ];
    for (const id of malformed) {
      for (const path of [id, `${id}/export?format=json`, `${id}/links`]) {
        const response = await fetch(`${url}/api/boards/${path}`, {
          headers: bearer(board.facilitatorToken),
        });
        const error = await expectError(response, 400, ERROR_CODE.validation);
        expect(error.message).toContain("board id");
      }
    }
  });

  it("GET /api/boards/:id of an unknown id → 401 without a credential, 403 with another board's", async () => {
    const { url } = await server();
    const other = await createBoard(url);
    for (const path of [newBoardId(), `${newBoardId()}/export?format=json`]) {
      await expectError(await fetch(`${url}/api/boards/${path}`), 401, ERROR_CODE.unauthorized);
      const withOther = await fetch(`${url}/api/boards/${path}`, { headers: bearer(other.facilitatorToken) });
      await expectError(withOther, 403, ERROR_CODE.forbidden);
    }
  });

  it("GET /api/boards/:id/export with an unknown or missing format → 400 validation_error", async () => {
    const { url } = await server();
    const board = await createBoard(url);
    const headers = bearer(board.facilitatorToken);
    const error = await expectError(
      await fetch(`${url}/api/boards/${board.id}/export?format=xlsx`, { headers }),
      400,
      ERROR_CODE.validation,
    );
    expect(error.message).toBe("format: format must be one of: json, md, csv, docx, pdf");
    await expectError(
      await fetch(`${url}/api/boards/${board.id}/export`, { headers }),
      400,
      ERROR_CODE.validation,
    );
  });

  it("an unknown /api path → 404 not_found", async () => {
    const { url } = await server();
    await expectError(await fetch(`${url}/api/nothing-here`), 404, ERROR_CODE.notFound);
    await expectError(await fetch(`${url}/api/boards`, { method: "DELETE" }), 404, ERROR_CODE.notFound);
  });
});

describe("bad sync socket requests", () => {
  const harness = useIntegration();

  it("an unknown board is refused with HTTP 403 at the upgrade (the credential is another board's) and nothing loads", async () => {
    const { url, syncUrl } = await harness.server();
    const other = await createBoard(url);
    const boardId = newBoardId();
    expect(await upgradeOutcome(syncSocketUrl(syncUrl, boardId, other.facilitatorToken))).toBe(403);
    expect(await upgradeOutcome(syncSocketUrl(syncUrl, boardId))).toBe(401);
    const health = (await (await fetch(`${url}/api/health`)).json()) as {
      rooms: number;
      connections: number;
    };
    expect(health).toMatchObject({ rooms: 0, connections: 0 });
  });

  it("a badly shaped board id or another path is refused with HTTP 404 before any socket exists", async () => {
    const { syncUrl } = await harness.server();
    const wsBase = syncUrl.replace(/\/sync$/, "");
    expect(await upgradeOutcome(`${syncUrl}/not-a-board`)).toBe(404);
    expect(await upgradeOutcome(`${syncUrl}/${newBoardId()}/extra`)).toBe(404);
    expect(await upgradeOutcome(`${wsBase}/api/health`)).toBe(404);
  });
});
