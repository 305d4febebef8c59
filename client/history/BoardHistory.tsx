import { useMemo, useState } from "react";
import type { RestoreResult, SnapshotMetadata } from "../../shared/api/snapshots";
import { BoardWorkspace } from "../board/BoardWorkspace";
import { useSession } from "../sync/session-context";
import { CompareScreen } from "./CompareScreen";
import { HistoryContext, type HistoryControls, type HistoryView } from "./history-context";
import { HistoryPanel } from "./HistoryPanel";
import { RestoreDialog } from "./RestoreDialog";
import { RestoreNotice } from "./RestoreNotice";
import { VersionScreen } from "./VersionScreen";
import "./history.css";

/**
 * The board area with its history: the live workspace, or a version read-only, or two versions compared;
 * the history panel and the restore dialog over whichever is shown. The live session stays connected
 * throughout, so coming back to the live board is instant.
 */
export function BoardHistory({ presenting }: { presenting: boolean }) {
  const session = useSession();
  const [view, setView] = useState<HistoryView>({ kind: "live" });
  const [panelOpen, setPanelOpen] = useState(false);
  const [restoring, setRestoring] = useState<SnapshotMetadata | null>(null);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const controls = useMemo<HistoryControls>(
    () => ({
      view,
      openPanel: () => setPanelOpen(true),
      show: (next) => {
        setPanelOpen(false);
        setView(next);
      },
      askRestore: (snapshot) => {
        setPanelOpen(false);
        setRestoring(snapshot);
      },
    }),
    [view],
  );
  return (
    <HistoryContext.Provider value={controls}>
      {restored && (
        <RestoreNotice
          boardId={session.boardId}
          result={restored}
          onUndone={setRestored}
          onDismiss={() => setRestored(null)}
        />
      )}
      {view.kind === "live" && <BoardWorkspace presenting={presenting} />}
      {view.kind === "version" && <VersionScreen key={view.snapshotId} snapshotId={view.snapshotId} />}
      {view.kind === "compare" && (
        <CompareScreen key={`${view.from}:${view.to}`} from={view.from} to={view.to} />
      )}
      <HistoryPanel isOpen={panelOpen} onClose={() => setPanelOpen(false)} />
      {restoring && (
        <RestoreDialog
          boardId={session.boardId}
          snapshot={restoring}
          onCancel={() => setRestoring(null)}
          onRestored={(result) => {
            setRestoring(null);
            setRestored(result);
            setView({ kind: "live" });
          }}
        />
      )}
    </HistoryContext.Provider>
  );
}
