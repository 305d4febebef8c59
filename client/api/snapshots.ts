import type {
  ExportFormat,
  RestoreResult,
  SnapshotList,
  SnapshotMetadata,
  SnapshotWithState,
} from "../../shared/api/snapshots";
import type { BoardDiff } from "../../shared/diff/types";
import { boardApiPath } from "./boards";
import { requestEmpty, requestJson } from "./request-json";

/** A version to compare or export: a snapshot id, or "current" for the live board. */
export type VersionRef = string;
export const CURRENT_VERSION = "current";

const snapshotPath = (boardId: string, snapshotId = "", rest = "") =>
  boardApiPath(boardId, `/snapshots${snapshotId ? `/${encodeURIComponent(snapshotId)}` : ""}${rest}`);

export async function listSnapshots(boardId: string): Promise<SnapshotMetadata[]> {
  const body = await requestJson<SnapshotList>(snapshotPath(boardId));
  return body.snapshots;
}

export function saveSnapshot(boardId: string, label: string, author?: string): Promise<SnapshotMetadata> {
  return requestJson<SnapshotMetadata>(snapshotPath(boardId), {
    method: "POST",
    body: JSON.stringify({ label, ...(author ? { author } : {}) }),
  });
}

export function fetchSnapshot(boardId: string, snapshotId: string): Promise<SnapshotWithState> {
  return requestJson<SnapshotWithState>(snapshotPath(boardId, snapshotId));
}

export function deleteSnapshot(boardId: string, snapshotId: string): Promise<void> {
  return requestEmpty(snapshotPath(boardId, snapshotId), { method: "DELETE" });
}

export function restoreSnapshot(boardId: string, snapshotId: string): Promise<RestoreResult> {
  return requestJson<RestoreResult>(snapshotPath(boardId, snapshotId, "/restore"), { method: "POST" });
}

export function fetchDiff(boardId: string, from: VersionRef, to: VersionRef): Promise<BoardDiff> {
  const query = new URLSearchParams({ from, to });
  return requestJson<BoardDiff>(boardApiPath(boardId, `/diff?${query.toString()}`));
}

/** A plain link the browser downloads, saving the file under the server's own name. */
export function exportUrl(boardId: string, format: ExportFormat, snapshotId?: string): string {
  const query = new URLSearchParams({ format, ...(snapshotId ? { snapshot: snapshotId } : {}) });
  return boardApiPath(boardId, `/export?${query.toString()}`);
}

/** The state of a snapshot (base64 of a Yjs update) as bytes. */
export function decodeState(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
