import { expect } from "vitest";
import * as Y from "yjs";
import type { CreatedBoard } from "../../shared/api/roles";
import type { RestoreResult, SnapshotMetadata, SnapshotWithState } from "../../shared/api/snapshots";
import type { BoardDiff } from "../../shared/diff/types";
import { bearer } from "./api";

type Board = Pick<CreatedBoard, "id" | "facilitatorToken">;

const post = (token: string, body?: unknown): RequestInit => ({
  method: "POST",
  headers: bearer(token, { "content-type": "application/json" }),
  body: body === undefined ? undefined : JSON.stringify(body),
});

/** POST /api/boards/:id/snapshots as the facilitator; expects 201. */
export async function saveSnapshot(baseUrl: string, board: Board, label: string): Promise<SnapshotMetadata> {
  const response = await fetch(
    `${baseUrl}/api/boards/${board.id}/snapshots`,
    post(board.facilitatorToken, { label }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as SnapshotMetadata;
}

export async function listSnapshots(baseUrl: string, board: Board, token = board.facilitatorToken) {
  const response = await fetch(`${baseUrl}/api/boards/${board.id}/snapshots`, { headers: bearer(token) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { snapshots: SnapshotMetadata[] }).snapshots;
}

/** GET a snapshot and build the read-only document its state holds, as the history panel does. */
export async function snapshotDoc(baseUrl: string, board: Board, snapshotId: string): Promise<Y.Doc> {
  const response = await fetch(`${baseUrl}/api/boards/${board.id}/snapshots/${snapshotId}`, {
    headers: bearer(board.facilitatorToken),
  });
  expect(response.status).toBe(200);
  const { state } = (await response.json()) as SnapshotWithState;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(state, "base64"));
  return doc;
}

export async function restoreSnapshot(
  baseUrl: string,
  board: Board,
  snapshotId: string,
): Promise<RestoreResult> {
  const response = await fetch(
    `${baseUrl}/api/boards/${board.id}/snapshots/${snapshotId}/restore`,
    post(board.facilitatorToken),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as RestoreResult;
}

export async function diff(baseUrl: string, board: Board, from: string, to = "current"): Promise<BoardDiff> {
  const response = await fetch(`${baseUrl}/api/boards/${board.id}/diff?from=${from}&to=${to}`, {
    headers: bearer(board.facilitatorToken),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as BoardDiff;
}

/** GET /api/boards/:id/export; expects 200 and returns the response (read its body as needed). */
export async function exportFile(
  baseUrl: string,
  board: Board,
  query: string,
  token = board.facilitatorToken,
): Promise<Response> {
  const response = await fetch(`${baseUrl}/api/boards/${board.id}/export?${query}`, {
    headers: bearer(token),
  });
  expect(response.status).toBe(200);
  return response;
}
