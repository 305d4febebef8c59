import { memo, useMemo } from "react";
import { Button, ButtonContext, GridListItem } from "react-aria-components";
import { GripIcon, MoveIcon } from "../ui/icons";
import { ActionCardContent } from "./ActionCardContent";
import { useChangeMark } from "../history/change-marks";
import { ChangeBadge } from "../history/ChangeBadge";
import { useActionView } from "./use-action-view";
import { useAfterPaint } from "./use-after-paint";
import "./action-card.css";

interface ActionCardProps {
  actionId: string;
  isOpen: boolean;
  /** Absent for viewers: no "Move to…" button. */
  onMove?: (actionId: string) => void;
}

const cardTitle = (title: string | undefined) => title || "Untitled action";

/**
 * One card of a cell's grid. What it shows (CardContent) reads its action itself and repaints on the
 * change's first frame. What the row carries into React Aria's collection (its name and typeahead text,
 * its status stripe) follows once that frame is painted: a change there updates the cell's collection,
 * which re-renders every drawn row of the cell (about 10 ms in a long cell), so a remote keystroke
 * would otherwise miss the frame.
 */
export function ActionCard({ actionId, isOpen, onMove }: ActionCardProps) {
  const live = useActionView(actionId);
  const action = useAfterPaint(live);
  const change = useChangeMark(actionId);
  // The same element while the row's props stay the same, so React skips the row and its collection node.
  const row = useMemo(
    () =>
      action && (
        <GridListItem
          id={action.id}
          textValue={cardTitle(action.title)}
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
              <CardContent actionId={actionId} onMove={onMove} />
            </>
          )}
        </GridListItem>
      ),
    [action, actionId, isOpen, change, onMove],
  );
  // Deleted: its cell drops it in this same render.
  return live ? row : null;
}

/** The card's text and its "Move to…" button, from the action as it is now. */
const CardContent = memo(function CardContent({
  actionId,
  onMove,
}: {
  actionId: string;
  onMove?: (actionId: string) => void;
}) {
  const action = useActionView(actionId);
  const title = cardTitle(action?.title);
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
  return action ? <ActionCardContent action={action} actions={moveButton} /> : null;
});
