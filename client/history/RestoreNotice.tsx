import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import type { RestoreResult } from "../../shared/api/snapshots";
import { restoreSnapshot } from "../api/snapshots";
import { CheckIcon, CloseIcon, UndoIcon } from "../ui/icons";

interface RestoreNoticeProps {
  boardId: string;
  result: RestoreResult;
  onUndone(result: RestoreResult): void;
  onDismiss(): void;
}

/** After a restore: it worked, and "Undo restore" brings back the board as it was just before. */
export function RestoreNotice({ boardId, result, onUndone, onDismiss }: RestoreNoticeProps) {
  const [undoing, setUndoing] = useState(false);
  const [error, setError] = useState<string>();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [result]);
  const undo = async () => {
    if (undoing) return;
    setUndoing(true);
    try {
      onUndone(await restoreSnapshot(boardId, result.beforeRestore.id));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setUndoing(false);
    }
  };
  return (
    <div ref={ref} tabIndex={-1} className="restore-notice" role="status" data-testid="restore.notice">
      <CheckIcon />
      <p className="restore-notice__text">
        <strong>Restored “{result.restored.label}”.</strong> Everyone with the board open now sees it. The
        board as it was just before is kept as “{result.beforeRestore.label}”.
        {error && <span className="restore-notice__error"> Could not undo: {error}</span>}
      </p>
      <Button className="button button--small" onPress={() => void undo()} data-testid="restore.undo">
        <UndoIcon />
        {undoing ? "Undoing…" : "Undo restore"}
      </Button>
      <Button
        className="button button--small button--quiet icon-button"
        aria-label="Dismiss"
        onPress={onDismiss}
      >
        <CloseIcon />
      </Button>
    </div>
  );
}
