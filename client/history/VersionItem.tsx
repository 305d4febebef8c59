import { Button } from "react-aria-components";
import type { SnapshotMetadata } from "../../shared/api/snapshots";
import { CURRENT_VERSION } from "../api/snapshots";
import { ExportMenu } from "../export/ExportMenu";
import { useSession } from "../sync/session-context";
import { EyeIcon, TrashIcon, UndoIcon } from "../ui/icons";
import { useHistory } from "./history-context";
import { SNAPSHOT_KIND_LABELS, describeAuthor, describeSummary, formatVersionDate } from "./version-labels";

interface VersionItemProps {
  snapshot: SnapshotMetadata;
  onDelete(snapshot: SnapshotMetadata): void;
}

/** One version in the history list: what it is, and what can be done with it. */
export function VersionItem({ snapshot, onDelete }: VersionItemProps) {
  const { boardId, role } = useSession();
  const history = useHistory();
  const facilitator = role === "facilitator";
  const headingId = `version-${snapshot.id}`;
  return (
    <li
      className="version"
      aria-labelledby={headingId}
      data-testid="history.version"
      data-snapshot-id={snapshot.id}
      data-kind={snapshot.kind}
    >
      <div className="version__text">
        <h4 id={headingId} className="version__label" data-testid="history.version-label">
          {snapshot.label}
        </h4>
        <p className="version__facts">
          <span className={`version__kind version__kind--${snapshot.kind}`}>
            {SNAPSHOT_KIND_LABELS[snapshot.kind]}
          </span>
          <span>{describeAuthor(snapshot)}</span>
          <time dateTime={snapshot.createdAt}>{formatVersionDate(snapshot.createdAt)}</time>
        </p>
        <p className="version__summary">{describeSummary(snapshot.summary)}</p>
      </div>
      <div className="version__actions">
        <Button
          className="button button--small"
          aria-label={`View “${snapshot.label}”`}
          data-testid="history.view"
          onPress={() => history?.show({ kind: "version", snapshotId: snapshot.id })}
        >
          <EyeIcon />
          View
        </Button>
        <Button
          className="button button--small"
          aria-label={`Compare “${snapshot.label}” with now`}
          data-testid="history.compare-now"
          onPress={() => history?.show({ kind: "compare", from: snapshot.id, to: CURRENT_VERSION })}
        >
          Compare with now
        </Button>
        <ExportMenu boardId={boardId} snapshotId={snapshot.id} subject={`“${snapshot.label}”`} />
        {facilitator && (
          <Button
            className="button button--small"
            aria-label={`Restore “${snapshot.label}”…`}
            data-testid="history.restore"
            onPress={() => history?.askRestore(snapshot)}
          >
            <UndoIcon />
            Restore…
          </Button>
        )}
        {facilitator && snapshot.kind === "named" && (
          <Button
            className="button button--small button--danger-quiet"
            aria-label={`Delete “${snapshot.label}”…`}
            data-testid="history.delete"
            onPress={() => onDelete(snapshot)}
          >
            <TrashIcon />
            Delete…
          </Button>
        )}
      </div>
    </li>
  );
}
