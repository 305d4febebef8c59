import { memo, useMemo, useRef } from "react";
import { Button, DropIndicator, GridList, useDragAndDrop, Virtualizer } from "react-aria-components";
import { moveAction, type AxisItem } from "../../shared/board";
import { useCanEdit, useSession } from "../sync/session-context";
import { PlusIcon } from "../ui/icons";
import { ActionCard } from "./ActionCard";
import { CardLayout, type CardLayoutOptions } from "./card-layout";
import { useCardToReveal } from "./card-reveal";
import { useCellDrawn } from "./cell-drawing";
import { ACTION_DRAG_TYPE, actionDragItem, readDraggedActionIds } from "./action-drag";
import { dropIndex } from "./drop-index";
import { findActionInView } from "./find-action";
import { keepCardInView } from "./keep-card-in-view";
import type { CardItem } from "./matrix-shape";

interface MatrixCellProps {
  theme: AxisItem;
  column: AxisItem;
  /** The cell's cards in order: stable while they stay, so a card's own edits do not re-render the cell. */
  items: readonly CardItem[];
  openActionId: string | null;
  /** A big board's first render: the cell draws its cards once in view or idle (cell-drawing.ts). */
  deferCards: boolean;
  onOpenAction(actionId: string): void;
  onMoveAction(actionId: string): void;
  onAddAction(themeId: string, columnId: string): void;
}

/**
 * Cards are virtualised with the page's scroll: a cell draws the first screenful of its cards and those in
 * view (CardLayout) (a big board's first render only in the cells in view), so a board of any size costs
 * about a screen of cards per cell to render and update, while the grid still holds every action
 * (aria-rowcount, keyboard navigation, drag and drop). Heights are measured as cards render; the estimate
 * only places cards not yet drawn. The gap is the cards' spacing (--space-2) and the indicator thickness
 * matches .drop-indicator's line, in pixels as the layout needs.
 */
const CARD_LAYOUT: CardLayoutOptions = { estimatedRowHeight: 110, gap: 8, dropIndicatorThickness: 3 };

/** Memoised: re-renders when its cards are added, removed or reordered, not when one card's fields change. */
export const MatrixCell = memo(function MatrixCell({
  theme,
  column,
  items,
  openActionId,
  deferCards,
  onOpenAction,
  onMoveAction,
  onAddAction,
}: MatrixCellProps) {
  const session = useSession();
  const canEdit = useCanEdit();
  const cellIds = items.map((item) => item.id);
  const revealKey = useCardToReveal((id) => items.some((item) => item.id === id));
  const cellRef = useRef<HTMLTableCellElement>(null);
  const drawCards = useCellDrawn(cellRef, deferCards);
  const layoutOptions = useMemo(() => ({ ...CARD_LAYOUT, revealKey, drawCards }), [revealKey, drawCards]);
  const moveHere = (ids: string[], index: number) =>
    session.change(() =>
      ids.forEach((id, offset) => moveAction(session.doc, id, theme.id, column.id, index + offset)),
    );

  const { dragAndDropHooks } = useDragAndDrop<CardItem>({
    getItems: (keys) =>
      [...keys].map((key) =>
        actionDragItem(String(key), findActionInView(session.view.get(), String(key))?.title ?? ""),
      ),
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
      ref={cellRef}
      className="matrix__cell"
      data-testid="matrix.cell"
      data-theme-id={theme.id}
      data-column-id={column.id}
      // Keyboard navigation (End, Page Down) may land on a card whose place is still an estimate.
      onFocus={(event) => {
        if (event.target instanceof HTMLElement && event.target.getAttribute("role") === "row")
          keepCardInView(event.target);
      }}
    >
      <Virtualizer layout={CardLayout} layoutOptions={layoutOptions}>
        <GridList
          aria-label={`Actions: ${place}`}
          items={items}
          // Cards are cached per item: each reads its own action; re-render them when what they show besides it changes.
          dependencies={[openActionId, canEdit, onMoveAction]}
          dragAndDropHooks={canEdit ? dragAndDropHooks : undefined}
          keyboardNavigationBehavior="tab"
          onAction={(key) => onOpenAction(String(key))}
          className="card-list"
          renderEmptyState={() => <p className="card-list__empty">No actions yet</p>}
        >
          {(item) => (
            <ActionCard
              actionId={item.id}
              isOpen={item.id === openActionId}
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
