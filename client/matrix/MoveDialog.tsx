import { useId, useState, type FormEvent } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { cellKey, moveAction } from "../../shared/board";
import { useBoardView, useSession } from "../sync/session-context";
import { findActionInView } from "./find-action";
import "./unplaced-and-move.css";

interface MoveDialogProps {
  actionId: string;
  onClose(moved: boolean): void;
}

/** "Move to…": the keyboard- and screen-reader-friendly way to move a card, equal to drag and drop. */
export function MoveDialog({ actionId, onClose }: MoveDialogProps) {
  const session = useSession();
  const view = useBoardView();
  const action = findActionInView(view, actionId);
  const placed =
    !!action && view.cells.get(cellKey(action.themeId, action.columnId))?.some((a) => a.id === actionId);
  const [themeId, setThemeId] = useState(() =>
    placed && action ? action.themeId : (view.themes[0]?.id ?? ""),
  );
  const [columnId, setColumnId] = useState(() =>
    placed && action ? action.columnId : (view.columns[0]?.id ?? ""),
  );
  const siblings = (view.cells.get(cellKey(themeId, columnId)) ?? []).filter((a) => a.id !== actionId);
  const currentIndex = (view.cells.get(cellKey(themeId, columnId)) ?? []).findIndex((a) => a.id === actionId);
  const [chosenPosition, setPosition] = useState<number | null>(null);
  const position = Math.min(
    chosenPosition ?? (currentIndex === -1 ? siblings.length : currentIndex),
    siblings.length,
  );
  const ids = { theme: useId(), column: useId(), position: useId() };
  const canMove =
    !!action && view.themes.some((t) => t.id === themeId) && view.columns.some((c) => c.id === columnId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canMove) return;
    session.change(() => moveAction(session.doc, actionId, themeId, columnId, position));
    onClose(true);
  };

  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => !open && onClose(false)}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog className="dialog" aria-labelledby={`${ids.theme}-title`}>
          <Heading id={`${ids.theme}-title`} slot="title" className="dialog__title">
            Move action
          </Heading>
          {!action ? (
            <p className="dialog__lead">This action was deleted by someone else.</p>
          ) : (
            <form className="stack" onSubmit={submit}>
              <p className="dialog__lead move-dialog__subject">“{action.title || "Untitled action"}”</p>
              <div className="field">
                <label htmlFor={ids.theme} className="field__label">
                  Theme (row)
                </label>
                <select
                  id={ids.theme}
                  className="input select"
                  data-testid="move.theme"
                  value={themeId}
                  onChange={(event) => {
                    setThemeId(event.target.value);
                    setPosition(null);
                  }}
                >
                  {view.themes.map((theme) => (
                    <option key={theme.id} value={theme.id}>
                      {theme.title || "Untitled theme"}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.column} className="field__label">
                  Column
                </label>
                <select
                  id={ids.column}
                  className="input select"
                  data-testid="move.column"
                  value={columnId}
                  onChange={(event) => {
                    setColumnId(event.target.value);
                    setPosition(null);
                  }}
                >
                  {view.columns.map((column) => (
                    <option key={column.id} value={column.id}>
                      {column.title || "Untitled column"}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.position} className="field__label">
                  Position in the cell
                </label>
                <select
                  id={ids.position}
                  className="input select"
                  data-testid="move.position"
                  value={position}
                  onChange={(event) => setPosition(Number(event.target.value))}
                >
                  <option value={0}>At the top</option>
                  {siblings.map((sibling, index) => (
                    <option key={sibling.id} value={index + 1}>
                      After “{sibling.title || "Untitled action"}”
                    </option>
                  ))}
                </select>
              </div>
              {!canMove && <p className="field__error">Add a theme and a column first.</p>}
              <div className="dialog__actions">
                <Button className="button" onPress={() => onClose(false)}>
                  Cancel
                </Button>
                <Button
                  type="submit"
                  className="button button--primary"
                  data-testid="move.confirm"
                  isDisabled={!canMove}
                >
                  Move
                </Button>
              </div>
            </form>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
