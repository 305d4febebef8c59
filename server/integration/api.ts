import { expect } from "vitest";
import type { BoardSummary, CreateBoardRequest, ErrorBody } from "../../shared/api/schemas";

export async function createBoard(
  baseUrl: string,
  request: Partial<CreateBoardRequest> = {},
): Promise<BoardSummary> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Plymouth action plan", template: "council-action-plan", ...request }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as BoardSummary;
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
