import { useState } from "react";
import { deleteAxisItem, moveAxisItem, type Axis, type AxisItem } from "../../shared/board";
import { useChangeMark } from "../history/change-marks";
import { ChangeBadge } from "../history/ChangeBadge";
import { useCanEdit, useSession } from "../sync/session-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { AxisMenu, type AxisMenuAction } from "./AxisMenu";
import { AxisTitleInput } from "./AxisTitleInput";
import { actionCount, AXIS_NOUN, axisTitle } from "./axis-labels";
import { focusAfterRender } from "./focus-after-render";

interface AxisHeaderProps {
  axis: Axis;
  item: AxisItem;
  index: number;
  count: number;
  actions: number;
  isEditing: boolean;
  onEditingChange(editing: boolean): void;
}

/**
 * A column header (`th scope=col`) or theme row header (`th scope=row`) with rename, reorder and delete;
 * in the compare view, marked when added, renamed or moved.
 */
export function AxisHeader({
  axis,
  item,
  index,
  count,
  actions,
  isEditing,
  onEditingChange,
}: AxisHeaderProps) {
  const session = useSession();
  const canEdit = useCanEdit();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const change = useChangeMark(item.id);
  const title = axisTitle(axis, item.title);
  const menuSelector = `[data-axis-menu="${item.id}"] button`;

  const onAction = (action: AxisMenuAction) => {
    if (action === "rename") return onEditingChange(true);
    if (action === "delete") return setConfirmingDelete(true);
    session.change(() =>
      moveAxisItem(session.doc, axis, item.id, action === "earlier" ? index - 1 : index + 1),
    );
    focusAfterRender(menuSelector);
  };
  const remove = () => {
    setConfirmingDelete(false);
    session.change(() => deleteAxisItem(session.doc, axis, item.id));
    focusAfterRender(`[data-testid="matrix.add-${axis}"]`);
  };
  const testId = axis === "theme" ? "matrix.theme" : "matrix.column";
  const idAttribute = axis === "theme" ? { "data-theme-id": item.id } : { "data-column-id": item.id };

  return (
    <th
      scope={axis === "theme" ? "row" : "col"}
      className={`matrix__axis matrix__axis--${axis}`}
      data-testid={testId}
      data-change={change}
      {...idAttribute}
    >
      {change && <ChangeBadge change={change} />}
      <div className="matrix__axis-inner">
        {isEditing ? (
          <AxisTitleInput
            axis={axis}
            id={item.id}
            onDone={() => {
              onEditingChange(false);
              focusAfterRender(menuSelector);
            }}
          />
        ) : (
          <span className="matrix__axis-title">{title}</span>
        )}
        {canEdit && (
          <span data-axis-menu={item.id} className="matrix__axis-menu">
            <AxisMenu
              axis={axis}
              title={title}
              isFirst={index === 0}
              isLast={index === count - 1}
              onAction={onAction}
            />
          </span>
        )}
      </div>
      {confirmingDelete && (
        <ConfirmDialog
          title={`Delete the ${AXIS_NOUN[axis]} “${title}”?`}
          confirmLabel={`Delete ${AXIS_NOUN[axis]}`}
          onConfirm={remove}
          onCancel={() => setConfirmingDelete(false)}
        >
          {actions === 0 ? (
            <p>It has no actions. You can bring it back with Undo.</p>
          ) : (
            <p>
              <strong>{actionCount(actions)}</strong> in this {AXIS_NOUN[axis]} will be deleted with it. You
              can bring them back with Undo.
            </p>
          )}
        </ConfirmDialog>
      )}
    </th>
  );
}
