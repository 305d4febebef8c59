import * as Y from "yjs";
import type { DiffVersion } from "../../shared/diff/types";
import { confidentialBusinessIds, markConfidential } from "../../shared/board/succession-redact";
import type { SnapshotRecord } from "../storage/snapshot-store";
import { encodeDurableState } from "../sync/durable-state";
import type { SnapshotRooms, SnapshotService } from "./snapshot-service";
import { snapshotDoc } from "./snapshot-service";

/** One version of a board as a document of its own: a snapshot, or a copy of the live board's stored content. */
export interface BoardVersion {
  doc: Y.Doc;
  version: DiffVersion;
  /** The snapshot, or null for the live board. */
  snapshot: SnapshotRecord | null;
}

export type VersionLookup =
  { found: true; value: BoardVersion } | { found: false; missing: "board" | "snapshot" };

/** Load `ref` ("current" or a snapshot id); the caller destroys the document when done. */
export async function loadBoardVersion(
  rooms: SnapshotRooms,
  snapshots: SnapshotService,
  boardId: string,
  ref: string,
): Promise<VersionLookup> {
  if (ref === "current") {
    const state = await rooms.readDurableDoc(boardId, (doc) => encodeDurableState(doc));
    if (!state) return { found: false, missing: "board" };
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const version: DiffVersion = { id: "current", label: "Live board", createdAt: null };
    return { found: true, value: { doc, version, snapshot: null } };
  }
  const snapshot = await snapshots.get(boardId, ref);
  if (!snapshot) return { found: false, missing: "snapshot" };
  const { id, label, createdAt } = snapshot.record;
  return {
    found: true,
    value: { doc: snapshotDoc(snapshot), version: { id, label, createdAt }, snapshot: snapshot.record },
  };
}

/**
 * For a read-only audience or a publication: a snapshot's copy also treats as confidential every
 * business that is confidential on the live board now (a version saved before it was marked must
 * not reveal it). The live board itself needs nothing.
 */
export async function applyConfidentialNow(
  rooms: SnapshotRooms,
  boardId: string,
  version: BoardVersion,
): Promise<void> {
  if (!version.snapshot) return;
  const now = await rooms.readDurableDoc(boardId, confidentialBusinessIds);
  if (now) markConfidential(version.doc, now);
}
