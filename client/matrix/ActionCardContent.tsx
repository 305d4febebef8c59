import { memo, type ReactNode } from "react";
import type { ActionView } from "../../shared/board";
import { CalendarIcon, FlagIcon, PersonIcon } from "../ui/icons";
import { StatusBadge } from "./StatusBadge";
import { formatDue, isOverdue, localToday } from "./format-due";

/** What a card says about an action: title, status, owner, due date and milestone. */
export const ActionCardContent = memo(function ActionCardContent({
  action,
  actions,
}: {
  action: ActionView;
  actions?: ReactNode;
}) {
  const overdue = isOverdue(action.due, action.status, localToday());
  return (
    <div className="action-card__body">
      <p className="action-card__title" data-testid="action.card-title">
        {action.title || "Untitled action"}
      </p>
      <div className="action-card__meta">
        <StatusBadge status={action.status} />
        {action.owner && (
          <span className="action-card__fact">
            <PersonIcon />
            <span className="visually-hidden">Lead: </span>
            {action.owner}
          </span>
        )}
        {action.due && (
          <span className={overdue ? "action-card__fact action-card__fact--overdue" : "action-card__fact"}>
            <CalendarIcon />
            {overdue ? "Overdue: " : "Due "}
            <time dateTime={action.due}>{formatDue(action.due)}</time>
          </span>
        )}
        {action.milestone && (
          <span className="action-card__fact">
            <FlagIcon />
            <span className="visually-hidden">Milestone: </span>
            {action.milestone}
          </span>
        )}
        {action.partners.length > 0 && (
          <span className="action-card__fact">
            {action.partners.length === 1 ? "1 partner" : `${action.partners.length} partners`}
          </span>
        )}
        {actions && <span className="action-card__actions">{actions}</span>}
      </div>
    </div>
  );
});
