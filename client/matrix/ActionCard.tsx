import { useMemo } from "react";
import { Button, ButtonContext, GridListItem } from "react-aria-components";
import { GripIcon, MoveIcon } from "../ui/icons";
import { ActionCardContent } from "./ActionCardContent";
import { useChangeMark } from "../history/change-marks";
import { ChangeBadge } from "../history/ChangeBadge";
import { useActionView } from "./use-action-view";
import "./action-card.css";

interface ActionCardProps {
  actionId: string;
  isOpen: boolean;
  /** Absent for viewers: no "Move to…" button. */
  onMove?: (actionId: string) => void;
}

/**
 * Reads its own action, so a remote edit to one card re-renders that card (and its row's name and
 * typeahead text, from textValue) without re-rendering its cell's list.
 */
export function ActionCard({ actionId, isOpen, onMove }: ActionCardProps) {
  const action = useActionView(actionId);
  const title = action?.title || "Untitled action";
  const change = useChangeMark(actionId);
  // One element per title, so the memoised content skips rendering when only the row's state changed.
  // Its own (empty) ButtonContext: the row hands its buttons a new context value on every render, which
  // would re-render this button too; it takes nothing from it (only the drag button has a slot).
  const moveButton = useMemo(
    () =>
      onMove && (
        <ButtonContext.Provider value={null}>
          <Button
            className="button button--small button--quiet action-card__move"
            data-testid="action.move"
            aria-label={`Move to… (${title})`}
            onPress={() => onMove(actionId)}
          >
            <MoveIcon />
            Move to…
          </Button>
        </ButtonContext.Provider>
      ),
    [onMove, actionId, title],
  );
  // Deleted: its cell drops it in this same render.
  if (!action) return null;
  return (
    <GridListItem
      id={action.id}
      textValue={title}
      className="action-card"
      data-testid="action.card"
      data-action-id={action.id}
      data-open={isOpen || undefined}
      data-status={action.status}
      data-change={change}
    >
      {({ allowsDragging }) => (
        <>
          {allowsDragging && (
            <Button slot="drag" className="action-card__grip">
              <GripIcon />
            </Button>
          )}
          {change && <ChangeBadge change={change} />}
          <ActionCardContent action={action} actions={moveButton} />
        </>
      )}
    </GridListItem>
  );
}
