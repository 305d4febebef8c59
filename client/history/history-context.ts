import { createContext, useContext } from "react";
import type { SnapshotMetadata } from "../../shared/api/snapshots";
import type { VersionRef } from "../api/snapshots";

/** What the board area shows: the live board, one version read-only, or two versions compared. */
export type HistoryView =
  | { kind: "live" }
  | { kind: "version"; snapshotId: string }
  | { kind: "compare"; from: VersionRef; to: VersionRef };

export interface HistoryControls {
  view: HistoryView;
  openPanel(): void;
  show(view: HistoryView): void;
  /** Facilitator only: asks for confirmation, then restores the version. */
  askRestore(snapshot: SnapshotMetadata): void;
}

export const HistoryContext = createContext<HistoryControls | null>(null);

/** Null outside a board with history (nothing to open). */
export function useHistory(): HistoryControls | null {
  return useContext(HistoryContext);
}
