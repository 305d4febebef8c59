import { useEffect, useRef } from "react";
import { Button } from "react-aria-components";
import { cellKey } from "../../shared/board";
import { useBoardView, useCanEdit } from "../sync/session-context";
import { findActionInView } from "../matrix/find-action";
import { CloseIcon } from "../ui/icons";
import { ActionForm } from "./ActionForm";
import { ActionDetails } from "./ActionDetails";
import { LinkedBusinesses } from "../succession/LinkedBusinesses";
import "./action-panel.css";

export type PanelFocus = "title" | "heading";

interface ActionPanelProps {
  actionId: string;
  initialFocus: PanelFocus;
  onClose(): void;
  onMove(): void;
}

/** The side panel for one action: a complementary region beside the matrix (full width on narrow screens). */
export function ActionPanel({ actionId, initialFocus, onClose, onMove }: ActionPanelProps) {
  const view = useBoardView();
  const canEdit = useCanEdit();
  const action = findActionInView(view, actionId);
  const heading = useRef<HTMLHeadingElement>(null);
  const placed =
    action && view.cells.get(cellKey(action.themeId, action.columnId))?.some((a) => a.id === actionId);
  const theme = view.themes.find((t) => t.id === action?.themeId);
  const column = view.columns.find((c) => c.id === action?.columnId);

  useEffect(() => {
    if (initialFocus === "heading") heading.current?.focus();
  }, [initialFocus]);

  return (
    <aside
      className="action-panel"
      data-testid="action.panel"
      aria-labelledby="action-panel-heading"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="action-panel__header">
        <div className="action-panel__heading-group">
          <h2 id="action-panel-heading" ref={heading} tabIndex={-1} className="action-panel__heading">
            Action details
          </h2>
          <p className="action-panel__where">
            {placed
              ? `${column?.title || "Untitled column"} · ${theme?.title || "Untitled theme"}`
              : "Not in the plan"}
          </p>
        </div>
        <Button
          className="button button--quiet icon-button"
          data-testid="action.close"
          aria-label="Close action details"
          onPress={onClose}
        >
          <CloseIcon />
        </Button>
      </div>
      {action && !canEdit && <ActionDetails action={action} />}
      {action && canEdit && (
        <ActionForm action={action} initialFocus={initialFocus} onMove={onMove} onDeleted={onClose} />
      )}
      {action && <LinkedBusinesses actionId={action.id} />}
      {!action && (
        <div className="action-panel__gone">
          <p>
            This action has been deleted, perhaps by someone else. Undo can bring back your own deletions.
          </p>
          <Button className="button" onPress={onClose}>
            Close
          </Button>
        </div>
      )}
    </aside>
  );
}
