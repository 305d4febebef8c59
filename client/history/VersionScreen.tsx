import { Button } from "react-aria-components";
import { CURRENT_VERSION } from "../api/snapshots";
import { BoardWorkspace } from "../board/BoardWorkspace";
import { ExportMenu } from "../export/ExportMenu";
import { SessionContext, useSession } from "../sync/session-context";
import { UndoIcon } from "../ui/icons";
import { useHistory } from "./history-context";
import { useVersionSession } from "./use-version-session";
import { VersionBar } from "./VersionBar";
import { VersionProblem } from "./VersionProblem";
import { formatVersionDate } from "./version-labels";

/** One saved version, read-only, in the same workspace as the live board. */
export function VersionScreen({ snapshotId }: { snapshotId: string }) {
  const live = useSession();
  const history = useHistory();
  const state = useVersionSession(live, snapshotId);
  if (state.status === "loading") return <VersionProblem message="Opening the version…" />;
  if (state.status === "failed")
    return <VersionProblem message={`Could not open this version: ${state.message}`} failed />;
  const { session, snapshot } = state;
  const label = snapshot?.label ?? "Now";
  const bar = (
    <VersionBar
      heading={`Viewing “${label}” — ${snapshot ? formatVersionDate(snapshot.createdAt) : "now"}`}
      testId="version.banner"
    >
      <Button
        className="button button--small button--primary"
        data-testid="version.back"
        onPress={() => history?.show({ kind: "live" })}
      >
        Back to the live board
      </Button>
      <Button
        className="button button--small"
        data-testid="version.compare-now"
        onPress={() => history?.show({ kind: "compare", from: snapshotId, to: CURRENT_VERSION })}
      >
        Compare with now
      </Button>
      <ExportMenu boardId={live.boardId} snapshotId={snapshotId} subject={`“${label}”`} />
      {live.role === "facilitator" && snapshot && (
        <Button
          className="button button--small"
          data-testid="version.restore"
          onPress={() => history?.askRestore(snapshot)}
        >
          <UndoIcon />
          Restore this version…
        </Button>
      )}
      <Button className="button button--small button--quiet" onPress={() => history?.openPanel()}>
        All versions
      </Button>
    </VersionBar>
  );
  return (
    <SessionContext.Provider value={session}>
      <BoardWorkspace presenting versionBar={bar} />
    </SessionContext.Provider>
  );
}
