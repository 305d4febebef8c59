import { expect } from "vitest";
import type { CreateBoardRequest, ErrorBody } from "../../shared/api/schemas";
import type { CreatedBoard, CreatedLink, LinkRole } from "../../shared/api/roles";

/** `Authorization: Bearer <token>` (plus any other headers). */
export function bearer(token: string, headers: Record<string, string> = {}): Record<string, string> {
  return { ...headers, authorization: `Bearer ${token}` };
}

/** POST /api/boards; expects 201 and returns the board with its facilitator token. */
export async function createBoard(
  baseUrl: string,
  request: Partial<CreateBoardRequest> = {},
  { adminToken }: { adminToken?: string } = {},
): Promise<CreatedBoard> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(adminToken ? { authorization: `Bearer ${adminToken}` } : {}),
    },
    body: JSON.stringify({ title: "Plymouth action plan", template: "council-action-plan", ...request }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedBoard;
}

/** POST /api/boards/:id/links as the facilitator; expects 201 and returns the link with its token. */
export async function createLink(
  baseUrl: string,
  board: Pick<CreatedBoard, "id" | "facilitatorToken">,
  role: LinkRole,
  label?: string,
): Promise<CreatedLink> {
  const response = await fetch(`${baseUrl}/api/boards/${board.id}/links`, {
    method: "POST",
    headers: bearer(board.facilitatorToken, { "content-type": "application/json" }),
    body: JSON.stringify({ role, label }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedLink;
}

/** DELETE /api/boards/:id/links/:linkId as the facilitator; expects 204. */
export async function revokeLink(
  baseUrl: string,
  board: Pick<CreatedBoard, "id" | "facilitatorToken">,
  linkId: string,
): Promise<void> {
  const response = await fetch(`${baseUrl}/api/boards/${board.id}/links/${linkId}`, {
    method: "DELETE",
    headers: bearer(board.facilitatorToken),
  });
  expect(response.status).toBe(204);
}

/** Expect an error response with `status` and body `{"error":{"code", ...}}`; returns the error. */
export async function expectError(
  response: Response,
  status: number,
  code: string,
): Promise<ErrorBody["error"]> {
  const body = (await response.json()) as ErrorBody;
  expect({ status: response.status, code: body.error?.code }).toEqual({ status, code });
  expect(response.headers.get("content-type")).toContain("application/json");
  expect(typeof body.error.message).toBe("string");
  return body.error;
}
