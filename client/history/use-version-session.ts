import { useEffect, useState } from "react";
import * as Y from "yjs";
import type { SnapshotMetadata } from "../../shared/api/snapshots";
import { CURRENT_VERSION, decodeState, fetchSnapshot, type VersionRef } from "../api/snapshots";
import type { BoardSession } from "../sync/board-session";
import { SnapshotSession } from "./snapshot-session";

export type VersionSessionState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  /** `snapshot` is null for the live board's frozen copy. */
  | { status: "ready"; session: SnapshotSession; snapshot: SnapshotMetadata | null };

/**
 * A read-only session on one version: a snapshot fetched from the server, or a frozen copy of the live
 * board for "current" (so a comparison with now stays still while people keep editing). Key the caller by
 * the version: its state starts loading once per version.
 */
export function useVersionSession(live: BoardSession, version: VersionRef): VersionSessionState {
  const [state, setState] = useState<VersionSessionState>({ status: "loading" });
  useEffect(() => {
    let session: SnapshotSession | null = null;
    let cancelled = false;
    const load = async () => {
      if (version === CURRENT_VERSION) return { update: Y.encodeStateAsUpdate(live.doc), snapshot: null };
      const { state: base64, ...snapshot } = await fetchSnapshot(live.boardId, version);
      return { update: decodeState(base64), snapshot };
    };
    load().then(
      ({ update, snapshot }) => {
        if (cancelled) return;
        session = new SnapshotSession(live.boardId, update);
        setState({ status: "ready", session, snapshot });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: "failed", message: (error as Error).message });
      },
    );
    return () => {
      cancelled = true;
      session?.close();
    };
  }, [live, version]);
  return state;
}
