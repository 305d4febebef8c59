import { ACTION_STATUS_LABELS, type ActionStatus } from "../../shared/board";
import "./status-badge.css";

/** `labelled` adds a hidden "Status:" for places where the badge stands alone, like a card. */
export function StatusBadge({ status, labelled = true }: { status: ActionStatus; labelled?: boolean }) {
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span className="status-badge__dot" aria-hidden="true" />
      {labelled && <span className="visually-hidden">Status: </span>}
      {ACTION_STATUS_LABELS[status]}
    </span>
  );
}
