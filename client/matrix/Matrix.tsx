import { useState } from "react";
import { Button } from "react-aria-components";
import { addAxisItem, cellKey, createAction, type Axis } from "../../shared/board";
import { useCanEdit, useSession } from "../sync/session-context";
import { PlusIcon } from "../ui/icons";
import { AxisHeader } from "./AxisHeader";
import { MatrixCell } from "./MatrixCell";
import { actionCount } from "./axis-labels";
import type { CardItem } from "./matrix-shape";
import { useMatrixShape } from "./use-matrix-shape";
import { EAGER_CARDS } from "./cell-drawing";
import { useStableCallback } from "./use-stable-callback";
import "./matrix.css";

interface MatrixProps {
  openActionId: string | null;
  onOpenAction(actionId: string): void;
  /** A card this person just added: the panel opens on its title. */
  onActionAdded(actionId: string): void;
  onMoveAction(actionId: string): void;
}

/** One empty list for every empty cell, so their props stay equal between renders. */
const NO_ACTIONS: readonly CardItem[] = [];

/** The open card's id for the cell that holds it, null elsewhere: opening a card re-renders one cell. */
function openActionIn(items: readonly CardItem[], openActionId: string | null): string | null {
  return openActionId !== null && items.some((item) => item.id === openActionId) ? openActionId : null;
}

interface AxisRef {
  axis: Axis;
  id: string;
}

/** Re-renders when an axis changes or a card is added, removed or moved; a card's own edits stay in the card. */
export function Matrix({ openActionId, onOpenAction, onActionAdded, onMoveAction }: MatrixProps) {
  const session = useSession();
  const canEdit = useCanEdit();
  const [editing, setEditing] = useState<AxisRef | null>(null);
  const { columns, themes, cells, placedCount: placed } = useMatrixShape();
  // Decided on the first render: a board that grows past the limit later keeps drawing every cell.
  const [deferCells] = useState(placed > EAGER_CARDS);

  const countIn = (axis: Axis, id: string) =>
    (axis === "theme" ? columns.map((c) => cellKey(id, c.id)) : themes.map((t) => cellKey(t.id, id))).reduce(
      (sum, key) => sum + (cells.get(key)?.length ?? 0),
      0,
    );

  const addAxis = (axis: Axis) => {
    let id = "";
    session.change(
      () => (id = addAxisItem(session.doc, axis, axis === "theme" ? "New theme" : "New column")),
    );
    setEditing({ axis, id });
  };

  // Stable, so a memoised cell re-renders only when its own actions change.
  const addAction = useStableCallback((themeId: string, columnId: string) => {
    let id = "";
    session.change(() => (id = createAction(session.doc, { title: "", themeId, columnId })));
    onActionAdded(id);
  });
  const openAction = useStableCallback(onOpenAction);
  const moveAction = useStableCallback(onMoveAction);

  const header = (axis: Axis, item: (typeof columns)[number], index: number, count: number) => (
    <AxisHeader
      key={item.id}
      axis={axis}
      item={item}
      index={index}
      count={count}
      actions={countIn(axis, item.id)}
      isEditing={editing?.axis === axis && editing.id === item.id}
      onEditingChange={(on) => setEditing(on ? { axis, id: item.id } : null)}
    />
  );

  return (
    <section className="matrix-section" aria-labelledby="matrix-heading">
      <div className="matrix-toolbar">
        <div>
          <h2 id="matrix-heading" className="matrix-toolbar__title">
            Action plan
          </h2>
          <p className="matrix-toolbar__summary">
            {themes.length} {themes.length === 1 ? "theme" : "themes"} · {columns.length}{" "}
            {columns.length === 1 ? "column" : "columns"} · {actionCount(placed)}
          </p>
        </div>
        {canEdit && (
          <div className="matrix-toolbar__buttons">
            <Button
              className="button button--small"
              data-testid="matrix.add-theme"
              onPress={() => addAxis("theme")}
            >
              <PlusIcon />
              Add theme
            </Button>
            <Button
              className="button button--small"
              data-testid="matrix.add-column"
              onPress={() => addAxis("column")}
            >
              <PlusIcon />
              Add column
            </Button>
          </div>
        )}
      </div>
      <div className="matrix-scroll">
        <table
          className="matrix"
          data-testid="matrix"
          style={{ minWidth: `calc(var(--theme-column) + ${columns.length} * var(--cell-min-width))` }}
        >
          <caption className="matrix__caption">
            Themes down the side,{" "}
            {columns.map((c) => c.title || "untitled column").join(", ") || "no columns yet"} across the top.{" "}
            {canEdit
              ? "Open a card to edit it; drag cards or use “Move to…” to move them."
              : "Open a card to read its details."}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="matrix__corner">
                Theme
              </th>
              {columns.map((column, index) => header("column", column, index, columns.length))}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme, themeIndex) => (
              <tr key={theme.id}>
                {header("theme", theme, themeIndex, themes.length)}
                {columns.map((column) => {
                  const items = cells.get(cellKey(theme.id, column.id)) ?? NO_ACTIONS;
                  return (
                    <MatrixCell
                      key={column.id}
                      theme={theme}
                      column={column}
                      items={items}
                      openActionId={openActionIn(items, openActionId)}
                      deferCards={deferCells}
                      onOpenAction={openAction}
                      onMoveAction={moveAction}
                      onAddAction={addAction}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {themes.length === 0 && (
          <div className="matrix-empty">
            <p className="matrix-empty__title">No themes yet</p>
            <p>
              Themes are the rows of your plan, such as “Create the right conditions for co-operative
              formation”. Choose <strong>Add theme</strong> above to add the first one, then add actions in
              each column.
            </p>
          </div>
        )}
        {themes.length > 0 && columns.length === 0 && (
          <div className="matrix-empty">
            <p className="matrix-empty__title">No columns yet</p>
            <p>
              Choose <strong>Add column</strong> above to add one, such as Finance, Support or Inform.
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
