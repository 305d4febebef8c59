import { Button } from "react-aria-components";
import { useSession, useUndoState } from "../sync/session-context";
import { RedoIcon, UndoIcon } from "../ui/icons";

export function UndoRedoButtons() {
  const session = useSession();
  const { canUndo, canRedo } = useUndoState();
  return (
    <div className="undo-redo" role="group" aria-label="Undo your changes">
      <Button
        className="button button--small"
        isDisabled={!canUndo}
        onPress={() => session.undo()}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <UndoIcon />
        Undo
      </Button>
      <Button
        className="button button--small"
        isDisabled={!canRedo}
        onPress={() => session.redo()}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        <RedoIcon />
        Redo
      </Button>
    </div>
  );
}
