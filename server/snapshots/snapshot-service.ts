import * as Y from "yjs";
import type { SnapshotKind, SnapshotMetadata } from "../../shared/api/snapshots";
import { newRecordId } from "../../shared/board/ids";
import { restoreDocument } from "../../shared/board/restore-doc";
import { confidentialBusinessIds, markConfidential } from "../../shared/board/succession-redact";
import { migrateBoard } from "../../shared/board/migrations";
import { TRANSACTION_ORIGIN } from "../../shared/protocol/transaction-origins";
import { summariseBoard } from "../../shared/sections/summary";
import type { SnapshotRecord, SnapshotStore, StoredSnapshot } from "../storage/snapshot-store";
import { encodeDurableState } from "../sync/durable-state";
import type { RoomManager } from "../sync/room-manager";

export type SnapshotRooms = Pick<RoomManager, "readDurableDoc" | "writeDoc">;

export interface SnapshotRetention {
  /** Automatic snapshots kept per board and kind ("auto", "before-restore"); named ones are kept until deleted. */
  keepAutomatic: number;
  /** Named snapshots a board may hold: each is a full state, so an unbounded number could fill the disk. */
  maxNamed: number;
}

/** Saving one more named snapshot would pass `SnapshotRetention.maxNamed`. */
export class SnapshotLimitError extends Error {
  override name = "SnapshotLimitError";
  constructor(readonly limit: number) {
    super(`this board already has ${limit} named versions; delete one to save another`);
  }
}

export interface NewSnapshot {
  label: string;
  kind: SnapshotKind;
  author?: string | null;
}

export function toMetadata({ boardId: _boardId, ...metadata }: SnapshotRecord): SnapshotMetadata {
  return metadata;
}

/** A read-only document holding a snapshot's state. */
export function snapshotDoc(snapshot: StoredSnapshot): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot.state);
  return doc;
}

/** Saving, listing and restoring the versions of boards: the live rooms on one side, the snapshot store on the other. */
export class SnapshotService {
  constructor(
    private readonly rooms: SnapshotRooms,
    private readonly store: SnapshotStore,
    private readonly retention: SnapshotRetention,
  ) {}

  /** Save the board's durable state now; undefined when the board does not exist. */
  async create(boardId: string, snapshot: NewSnapshot): Promise<SnapshotMetadata | undefined> {
    if (snapshot.kind === "named") {
      const existing = await this.store.listSnapshots(boardId);
      const named = existing.filter((record) => record.kind === "named").length;
      if (named >= this.retention.maxNamed) throw new SnapshotLimitError(this.retention.maxNamed);
    }
    const captured = await this.rooms.readDurableDoc(boardId, (doc) => ({
      state: encodeDurableState(doc),
      summary: summariseBoard(doc),
    }));
    if (!captured) return undefined;
    const record: SnapshotRecord = {
      id: newRecordId(),
      boardId,
      label: snapshot.label,
      kind: snapshot.kind,
      author: snapshot.author || null,
      createdAt: new Date().toISOString(),
      summary: captured.summary,
    };
    await this.store.saveSnapshot(record, captured.state);
    if (snapshot.kind !== "named") {
      await this.store.pruneSnapshots(boardId, snapshot.kind, this.retention.keepAutomatic);
    }
    return toMetadata(record);
  }

  async list(boardId: string): Promise<SnapshotMetadata[]> {
    return (await this.store.listSnapshots(boardId)).map(toMetadata);
  }

  get(boardId: string, snapshotId: string): Promise<StoredSnapshot | undefined> {
    return this.store.getSnapshot(boardId, snapshotId);
  }

  delete(boardId: string, snapshotId: string): Promise<boolean> {
    return this.store.deleteSnapshot(boardId, snapshotId);
  }

  /**
   * Save a "before restore" snapshot, then make the live board equal to the snapshot as one change
   * with the `restore` origin, stored and relayed to every connection like any update.
   */
  async restore(
    boardId: string,
    snapshotId: string,
    author?: string | null,
  ): Promise<{ restored: SnapshotMetadata; beforeRestore: SnapshotMetadata } | undefined> {
    const snapshot = await this.store.getSnapshot(boardId, snapshotId);
    if (!snapshot) return undefined;
    const beforeRestore = await this.create(boardId, {
      label: `Before restoring “${snapshot.record.label}”`.slice(0, 120),
      kind: "before-restore",
      author,
    });
    if (!beforeRestore) return undefined;
    const source = snapshotDoc(snapshot);
    // A version saved before a doc migration comes back migrated, so no section goes missing.
    migrateBoard(source);
    const marker = { snapshotId, label: snapshot.record.label, at: new Date().toISOString() };
    try {
      await this.rooms.writeDoc(boardId, (doc) =>
        doc.transact(() => {
          // Restoring never lowers confidentiality: a business confidential now stays so.
          const confidentialNow = confidentialBusinessIds(doc);
          restoreDocument(doc, source, TRANSACTION_ORIGIN.restore, marker);
          markConfidential(doc, confidentialNow);
        }, TRANSACTION_ORIGIN.restore),
      );
    } finally {
      source.destroy();
    }
    return { restored: toMetadata(snapshot.record), beforeRestore };
  }
}
