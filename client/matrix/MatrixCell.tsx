import { memo, useMemo } from "react";
import { Button, DropIndicator, GridList, useDragAndDrop, Virtualizer } from "react-aria-components";
import { moveAction, type ActionView, type AxisItem } from "../../shared/board";
import { useCanEdit, useSession } from "../sync/session-context";
import { PlusIcon } from "../ui/icons";
import { ActionCard } from "./ActionCard";
import { CardLayout, type CardLayoutOptions } from "./card-layout";
import { useCardToReveal } from "./card-reveal";
import { ACTION_DRAG_TYPE, actionDragItem, readDraggedActionIds } from "./action-drag";
import { dropIndex } from "./drop-index";

interface MatrixCellProps {
  theme: AxisItem;
  column: AxisItem;
  actions: ActionView[];
  openActionId: string | null;
  onOpenAction(actionId: string): void;
  onMoveAction(actionId: string): void;
  onAddAction(themeId: string, columnId: string): void;
}

/**
 * Cards are virtualised with the page's scroll: a cell draws the first screenful of its cards and those in
 * view (CardLayout), so a board of any size costs about a screen of cards per cell to render and update,
 * while the grid still holds every action (aria-rowcount, keyboard navigation, drag and drop). Heights are
 * measured as cards render; the estimate only places cards not yet drawn. The gap is the cards' spacing
 * (--space-2) and the indicator thickness matches .drop-indicator's line, in pixels as the layout needs.
 */
const CARD_LAYOUT: CardLayoutOptions = { estimatedRowHeight: 110, gap: 8, dropIndicatorThickness: 3 };

/** Memoised: a change to one action re-renders the cell that holds it, not the whole matrix. */
export const MatrixCell = memo(function MatrixCell({
  theme,
  column,
  actions,
  openActionId,
  onOpenAction,
  onMoveAction,
  onAddAction,
}: MatrixCellProps) {
  const session = useSession();
  const canEdit = useCanEdit();
  const cellIds = actions.map((action) => action.id);
  const revealKey = useCardToReveal((id) => actions.some((action) => action.id === id));
  const layoutOptions = useMemo(() => (revealKey ? { ...CARD_LAYOUT, revealKey } : CARD_LAYOUT), [revealKey]);
  const moveHere = (ids: string[], index: number) =>
    session.change(() =>
      ids.forEach((id, offset) => moveAction(session.doc, id, theme.id, column.id, index + offset)),
    );

  const { dragAndDropHooks } = useDragAndDrop<ActionView>({
    getItems: (keys) =>
      [...keys].map((key) => actionDragItem(String(key), actions.find((a) => a.id === key)?.title ?? "")),
    acceptedDragTypes: [ACTION_DRAG_TYPE],
    getDropOperation: () => "move",
    onReorder: ({ keys, target }) => {
      const ids = [...keys].map(String);
      moveHere(ids, dropIndex(cellIds, target, ids));
    },
    onInsert: async ({ items, target }) => {
      const ids = await readDraggedActionIds(items);
      moveHere(ids, dropIndex(cellIds, target, ids));
    },
    onRootDrop: async ({ items }) => {
      const ids = await readDraggedActionIds(items);
      moveHere(ids, cellIds.length);
    },
    renderDropIndicator: (target) => <DropIndicator target={target} className="drop-indicator" />,
  });

  const place = `${theme.title || "Untitled theme"} — ${column.title || "Untitled column"}`;
  return (
    <td
      className="matrix__cell"
      data-testid="matrix.cell"
      data-theme-id={theme.id}
      data-column-id={column.id}
    >
      <Virtualizer layout={CardLayout} layoutOptions={layoutOptions}>
        <GridList
          aria-label={`Actions: ${place}`}
          items={actions}
          // Cards are cached per action object: re-render them when what they show besides it changes.
          dependencies={[openActionId, canEdit, onMoveAction]}
          dragAndDropHooks={canEdit ? dragAndDropHooks : undefined}
          keyboardNavigationBehavior="tab"
          onAction={(key) => onOpenAction(String(key))}
          className="card-list"
          renderEmptyState={() => <p className="card-list__empty">No actions yet</p>}
        >
          {(action) => (
            <ActionCard
              action={action}
              isOpen={action.id === openActionId}
              onMove={canEdit ? onMoveAction : undefined}
            />
          )}
        </GridList>
      </Virtualizer>
      {canEdit && (
        <Button
          className="matrix__add-action"
          data-testid="cell.add-action"
          aria-label={`Add action to ${place}`}
          onPress={() => onAddAction(theme.id, column.id)}
        >
          <PlusIcon />
          Add action
        </Button>
      )}
    </td>
  );
});
