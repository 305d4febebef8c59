import { useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import type { SnapshotMetadata } from "../../shared/api/snapshots";
import { deleteSnapshot } from "../api/snapshots";
import { useSession } from "../sync/session-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { CloseIcon } from "../ui/icons";
import { CompareForm } from "./CompareForm";
import { SaveVersionForm } from "./SaveVersionForm";
import { useSnapshots } from "./use-snapshots";
import { VersionItem } from "./VersionItem";
import "./history-panel.css";

/** The board's versions: save one, view, compare, export, restore or delete them. */
export function HistoryPanel({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => !open && onClose()}
      className="modal-overlay"
    >
      <Modal className="modal history-modal">
        <Dialog className="dialog history" data-testid="history.dialog">
          <HistoryBody onClose={onClose} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function HistoryBody({ onClose }: { onClose(): void }) {
  const { boardId, role } = useSession();
  const [snapshots, reload] = useSnapshots(boardId);
  const [status, setStatus] = useState("");
  const [deleting, setDeleting] = useState<SnapshotMetadata | null>(null);

  const confirmDelete = async (snapshot: SnapshotMetadata) => {
    setDeleting(null);
    try {
      await deleteSnapshot(boardId, snapshot.id);
      setStatus(`Deleted “${snapshot.label}”.`);
    } catch (failure) {
      setStatus(`Could not delete “${snapshot.label}”: ${(failure as Error).message}`);
    }
    reload();
  };

  return (
    <>
      <div className="history__header">
        <Heading slot="title" className="dialog__title">
          Version history
        </Heading>
        <Button className="button button--quiet icon-button" aria-label="Close" onPress={onClose}>
          <CloseIcon />
        </Button>
      </div>
      <p className="dialog__lead">
        Versions are saved by the facilitator, automatically after a burst of editing, and before every
        restore. Open one to read it as it was, compare it with another or with now, or export it.
      </p>
      {role === "facilitator" && (
        <SaveVersionForm
          boardId={boardId}
          autoFocus
          onSaved={(snapshot) => {
            setStatus(`Saved “${snapshot.label}”.`);
            reload();
          }}
        />
      )}
      <p className="history__status" role="status" data-testid="history.status">
        {status}
      </p>
      {snapshots.status === "loading" && <p className="history__note">Loading versions…</p>}
      {snapshots.status === "failed" && (
        <p className="history__note history__note--error" role="alert">
          Could not load the versions: {snapshots.message}{" "}
          <Button className="button button--small" onPress={reload}>
            Try again
          </Button>
        </p>
      )}
      {snapshots.status === "ready" && snapshots.snapshots.length === 0 && (
        <div className="history__empty" data-testid="history.empty">
          <p className="history__empty-title">No versions yet</p>
          <p>
            {role === "facilitator"
              ? "Save a version above at the end of each workshop, such as “End of workshop 1”. Coplan also keeps one automatically after a burst of editing."
              : "The facilitator saves a version at the end of each workshop, and Coplan keeps one automatically after a burst of editing."}
          </p>
        </div>
      )}
      {snapshots.status === "ready" && snapshots.snapshots.length > 0 && (
        <>
          <CompareForm snapshots={snapshots.snapshots} />
          <section aria-labelledby="history-versions">
            <h3 id="history-versions" className="history__subtitle">
              {snapshots.snapshots.length === 1 ? "1 version" : `${snapshots.snapshots.length} versions`},
              newest first
            </h3>
            <ul className="history__list" data-testid="history.list">
              {snapshots.snapshots.map((snapshot) => (
                <VersionItem key={snapshot.id} snapshot={snapshot} onDelete={setDeleting} />
              ))}
            </ul>
          </section>
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.label}”?`}
          confirmLabel="Delete version"
          onConfirm={() => void confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
        >
          The board itself does not change. This version can no longer be viewed, compared, exported or
          restored.
        </ConfirmDialog>
      )}
    </>
  );
}
