import type { SnapshotKind } from "../../shared/api/snapshots";
import type { DocStore } from "./doc-store";
import type { SnapshotRecord, SnapshotStore, StoredSnapshot } from "./snapshot-store";
import { BoardNotFoundError } from "./store-errors";

/** A SnapshotStore in memory, checked against the same contract; boards are those of `boards`. */
export class MemorySnapshotStore implements SnapshotStore {
  /** Oldest first; copies in and out, so callers never share buffers or objects with it. */
  private snapshots: StoredSnapshot[] = [];

  constructor(private readonly boards: Pick<DocStore, "getBoard">) {}

  async saveSnapshot(record: SnapshotRecord, state: Uint8Array): Promise<void> {
    if (!(await this.boards.getBoard(record.boardId))) throw new BoardNotFoundError(record.boardId);
    if (this.snapshots.some((snapshot) => snapshot.record.id === record.id)) {
      throw new Error(`snapshot ${record.id} already exists`);
    }
    this.snapshots.push({ record: structuredClone(record), state: state.slice() });
  }

  async listSnapshots(boardId: string): Promise<SnapshotRecord[]> {
    return this.ofBoard(boardId)
      .reverse()
      .map((snapshot) => structuredClone(snapshot.record));
  }

  async getSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | undefined> {
    const found = this.ofBoard(boardId).find((snapshot) => snapshot.record.id === snapshotId);
    return found && { record: structuredClone(found.record), state: found.state.slice() };
  }

  async deleteSnapshot(boardId: string, snapshotId: string): Promise<boolean> {
    const before = this.snapshots.length;
    this.snapshots = this.snapshots.filter(
      (snapshot) => !(snapshot.record.boardId === boardId && snapshot.record.id === snapshotId),
    );
    return this.snapshots.length < before;
  }

  async pruneSnapshots(boardId: string, kind: SnapshotKind, keep: number): Promise<number> {
    const ofKind = this.ofBoard(boardId).filter((snapshot) => snapshot.record.kind === kind);
    const doomed = new Set(ofKind.slice(0, Math.max(0, ofKind.length - Math.max(0, keep))));
    this.snapshots = this.snapshots.filter((snapshot) => !doomed.has(snapshot));
    return doomed.size;
  }

  async close(): Promise<void> {}

  private ofBoard(boardId: string): StoredSnapshot[] {
    return this.snapshots.filter((snapshot) => snapshot.record.boardId === boardId);
  }
}
