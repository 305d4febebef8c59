import { useEffect, useState } from "react";
import type { BoardDiff } from "../../shared/diff/types";
import { fetchDiff, type VersionRef } from "../api/snapshots";

export type DiffState =
  { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; diff: BoardDiff };

/** Key the caller by the two versions: its state starts loading once per pair. */
export function useDiff(boardId: string, from: VersionRef, to: VersionRef): DiffState {
  const [state, setState] = useState<DiffState>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    fetchDiff(boardId, from, to).then(
      (diff) => !cancelled && setState({ status: "ready", diff }),
      (error: unknown) => !cancelled && setState({ status: "failed", message: (error as Error).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, from, to]);
  return state;
}
