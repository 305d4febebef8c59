import type { ActionView } from "../../shared/board";
import { LazyNotesEditor } from "../editor/LazyNotesEditor";
import { StatusBadge } from "../matrix/StatusBadge";
import { formatDue } from "../matrix/format-due";

/** The action panel for viewers: every field as text, the notes live but read-only. */
export function ActionDetails({ action }: { action: ActionView }) {
  const title = action.title || "Untitled action";
  return (
    <div className="action-form action-details">
      <p className="action-details__title" data-testid="action.title">
        {title}
      </p>
      <dl className="action-details__facts">
        <div className="action-details__fact">
          <dt>Lead owner</dt>
          <dd data-testid="action.owner">{action.owner || <span className="muted">Not set</span>}</dd>
        </div>
        <div className="action-details__fact">
          <dt>Status</dt>
          <dd data-testid="action.status">
            <StatusBadge status={action.status} labelled={false} />
          </dd>
        </div>
        <div className="action-details__fact action-details__fact--wide">
          <dt>Partners</dt>
          <dd data-testid="action.partners">
            {action.partners.length > 0 ? (
              action.partners.join(", ")
            ) : (
              <span className="muted">None yet</span>
            )}
          </dd>
        </div>
        <div className="action-details__fact">
          <dt>Due date</dt>
          <dd data-testid="action.due">
            {action.due ? (
              <time dateTime={action.due}>{formatDue(action.due)}</time>
            ) : (
              <span className="muted">Not set</span>
            )}
          </dd>
        </div>
        <div className="action-details__fact">
          <dt>Milestone</dt>
          <dd data-testid="action.milestone">{action.milestone || <span className="muted">Not set</span>}</dd>
        </div>
      </dl>
      <LazyNotesEditor actionId={action.id} actionTitle={title} editable={false} />
    </div>
  );
}
