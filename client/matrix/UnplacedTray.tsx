import { Button } from "react-aria-components";
import type { ActionView } from "../../shared/board";
import { MoveIcon } from "../ui/icons";
import { useCanEdit } from "../sync/session-context";
import { ActionCardContent } from "./ActionCardContent";
import "./action-card.css";
import "./unplaced-and-move.css";

interface UnplacedTrayProps {
  actions: ActionView[];
  onOpenAction(actionId: string): void;
  onMoveAction(actionId: string): void;
}

/** Actions whose theme or column was deleted while someone moved them: kept and shown, never lost. */
export function UnplacedTray({ actions, onOpenAction, onMoveAction }: UnplacedTrayProps) {
  const canEdit = useCanEdit();
  if (actions.length === 0) return null;
  return (
    <section className="unplaced" aria-labelledby="unplaced-heading">
      <h2 id="unplaced-heading" className="unplaced__title">
        Unplaced actions ({actions.length})
      </h2>
      <p className="unplaced__lead">
        Their theme or column was deleted while they were being edited.
        {canEdit ? " Move each one back into the plan." : " An editor can move them back into the plan."}
      </p>
      <ul className="unplaced__list">
        {actions.map((action) => (
          <li
            key={action.id}
            className="action-card action-card--static"
            data-testid="action.card"
            data-action-id={action.id}
            tabIndex={-1}
          >
            <ActionCardContent action={action} />
            <div className="action-card__footer">
              <Button className="button button--small button--quiet" onPress={() => onOpenAction(action.id)}>
                Open
              </Button>
              {canEdit && (
                <Button
                  className="button button--small"
                  data-testid="action.move"
                  aria-label={`Move to… (${action.title || "Untitled action"})`}
                  onPress={() => onMoveAction(action.id)}
                >
                  <MoveIcon />
                  Move to…
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
