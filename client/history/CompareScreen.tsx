import { useMemo } from "react";
import { Button } from "react-aria-components";
import type { BoardDiff, DiffVersion } from "../../shared/diff/types";
import type { VersionRef } from "../api/snapshots";
import { BoardWorkspace } from "../board/BoardWorkspace";
import { SessionContext, useSession } from "../sync/session-context";
import { boardMarks, ChangeMarksContext, removedFromBoard } from "./change-marks";
import { ChangeLegend } from "./ChangeBadge";
import { ChangeList } from "./ChangeList";
import { useHistory } from "./history-context";
import { RemovedFromBoard } from "./RemovedFromBoard";
import { useDiff } from "./use-diff";
import { useVersionSession } from "./use-version-session";
import { VersionBar } from "./VersionBar";
import { VersionProblem } from "./VersionProblem";
import { formatVersionDate } from "./version-labels";
import "./compare.css";

const versionName = (version: DiffVersion) =>
  version.createdAt ? `“${version.label}” (${formatVersionDate(version.createdAt)})` : "now";

/** Two versions compared: the later one's board with its changes marked, and the list of every change. */
export function CompareScreen({ from, to }: { from: VersionRef; to: VersionRef }) {
  const live = useSession();
  const diffState = useDiff(live.boardId, from, to);
  const target = useVersionSession(live, to);
  if (diffState.status === "failed")
    return <VersionProblem message={`Could not compare these versions: ${diffState.message}`} failed />;
  if (target.status === "failed")
    return <VersionProblem message={`Could not open this version: ${target.message}`} failed />;
  if (diffState.status === "loading" || target.status === "loading")
    return <VersionProblem message="Comparing the versions…" />;
  return (
    <div className="compare-layout" data-testid="compare.view">
      <div className="compare-layout__board">
        <ComparedBoard diff={diffState.diff} session={target.session} />
      </div>
      <ChangeList diff={diffState.diff} />
    </div>
  );
}

function ComparedBoard({ diff, session }: { diff: BoardDiff; session: ReturnType<typeof useSession> }) {
  const history = useHistory();
  const marks = useMemo(() => boardMarks(diff), [diff]);
  const bar = (
    <VersionBar
      heading={`Comparing ${versionName(diff.from)} with ${versionName(diff.to)}`}
      testId="compare.banner"
      footer={
        <>
          <ChangeLegend />
          <RemovedFromBoard changes={removedFromBoard(diff)} />
        </>
      }
    >
      <Button
        className="button button--small button--primary"
        data-testid="version.back"
        onPress={() => history?.show({ kind: "live" })}
      >
        Back to the live board
      </Button>
      <Button className="button button--small button--quiet" onPress={() => history?.openPanel()}>
        All versions
      </Button>
    </VersionBar>
  );
  return (
    <ChangeMarksContext.Provider value={marks}>
      <SessionContext.Provider value={session}>
        <BoardWorkspace presenting versionBar={bar} />
      </SessionContext.Provider>
    </ChangeMarksContext.Provider>
  );
}
