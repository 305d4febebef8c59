import type { SnapshotKind } from "../../shared/api/snapshots";

/** A snapshot's catalogue row: everything but its state. */
export interface SnapshotRecord {
  id: string;
  boardId: string;
  label: string;
  kind: SnapshotKind;
  author: string | null;
  createdAt: string;
  /** Counts per section, e.g. `{ matrix: { actions: 12, themes: 4, columns: 3 } }`. */
  summary: Record<string, Record<string, number>>;
}

/** A stored snapshot: its record and the full document state (a Yjs update). */
export interface StoredSnapshot {
  record: SnapshotRecord;
  state: Uint8Array;
}

/**
 * Named versions of boards, kept beside the documents. Every method that resolves has committed its
 * write. Listing never reads states, which can be large.
 */
export interface SnapshotStore {
  /** Rejects with BoardNotFoundError when the board does not exist. */
  saveSnapshot(record: SnapshotRecord, state: Uint8Array): Promise<void>;
  /** The board's snapshots, newest first. */
  listSnapshots(boardId: string): Promise<SnapshotRecord[]>;
  getSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | undefined>;
  /** False when the board has no such snapshot. */
  deleteSnapshot(boardId: string, snapshotId: string): Promise<boolean>;
  /** Keep the newest `keep` snapshots of `kind` and delete the older ones; resolves with how many went. */
  pruneSnapshots(boardId: string, kind: SnapshotKind, keep: number): Promise<number>;
  close(): Promise<void>;
}
