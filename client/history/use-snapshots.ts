import { useCallback, useEffect, useState } from "react";
import type { SnapshotMetadata } from "../../shared/api/snapshots";
import { listSnapshots } from "../api/snapshots";

export type SnapshotsState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; snapshots: SnapshotMetadata[] };

/** The board's versions, newest first, and a way to load them again after a change. */
export function useSnapshots(boardId: string): [SnapshotsState, () => void] {
  const [state, setState] = useState<SnapshotsState>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    listSnapshots(boardId).then(
      (snapshots) => !cancelled && setState({ status: "ready", snapshots }),
      (error: unknown) => !cancelled && setState({ status: "failed", message: (error as Error).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, generation]);
  return [state, useCallback(() => setGeneration((value) => value + 1), [])];
}
