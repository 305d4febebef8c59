import type { ReactNode } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A destructive action's confirmation; Cancel has focus first so Enter never deletes by accident. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onCancel()} className="modal-overlay">
      <Modal className="modal modal--small">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          <div className="dialog__lead">{children}</div>
          <div className="dialog__actions">
            <Button className="button" onPress={onCancel} autoFocus>
              Cancel
            </Button>
            <Button className="button button--danger" onPress={onConfirm} data-testid="confirm.delete">
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
