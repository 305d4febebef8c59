import { useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import type { RestoreResult, SnapshotMetadata } from "../../shared/api/snapshots";
import { restoreSnapshot } from "../api/snapshots";
import { formatVersionDate } from "./version-labels";

interface RestoreDialogProps {
  boardId: string;
  snapshot: SnapshotMetadata;
  onRestored(result: RestoreResult): void;
  onCancel(): void;
}

/** The facilitator confirms a restore, knowing it reaches everyone at once and can be undone. */
export function RestoreDialog({ boardId, snapshot, onRestored, onCancel }: RestoreDialogProps) {
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string>();
  const restore = async () => {
    if (restoring) return;
    setRestoring(true);
    setError(undefined);
    try {
      onRestored(await restoreSnapshot(boardId, snapshot.id));
    } catch (failure) {
      setRestoring(false);
      setError((failure as Error).message);
    }
  };
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onCancel()} className="modal-overlay">
      <Modal className="modal modal--small">
        <Dialog role="alertdialog" className="dialog" data-testid="restore.dialog">
          <Heading slot="title" className="dialog__title">
            Restore “{snapshot.label}”?
          </Heading>
          <div className="dialog__lead">
            <p>
              The live board becomes exactly as it was on {formatVersionDate(snapshot.createdAt)}, for
              everyone who has it open.
            </p>
            <p>
              First, Coplan saves the board as it is now as a “before restore” version, so you can undo the
              restore at any time.
            </p>
          </div>
          {error && (
            <p className="field__error" role="alert">
              Could not restore: {error}
            </p>
          )}
          <div className="dialog__actions">
            <Button className="button" onPress={onCancel} autoFocus>
              Cancel
            </Button>
            <Button
              className="button button--primary"
              onPress={() => void restore()}
              data-testid="restore.confirm"
            >
              {restoring ? "Restoring…" : "Restore version"}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
