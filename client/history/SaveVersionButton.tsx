import { useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useSession } from "../sync/session-context";
import { CloseIcon } from "../ui/icons";
import { SaveVersionForm } from "./SaveVersionForm";

/** Facilitator only: name and save the board as it is now, straight from the plan header. */
export function SaveVersionButton() {
  const { boardId, role } = useSession();
  const [saved, setSaved] = useState("");
  if (role !== "facilitator") return null;
  return (
    <>
      <DialogTrigger onOpenChange={(open) => open && setSaved("")}>
        <Button className="button button--small" data-testid="history.save-open">
          Save version
        </Button>
        <ModalOverlay isDismissable className="modal-overlay">
          <Modal className="modal modal--small">
            <Dialog className="dialog" data-testid="history.save-dialog">
              {({ close }) => (
                <>
                  <div className="history__header">
                    <Heading slot="title" className="dialog__title">
                      Save a version
                    </Heading>
                    <Button className="button button--quiet icon-button" aria-label="Close" onPress={close}>
                      <CloseIcon />
                    </Button>
                  </div>
                  <p className="dialog__lead">
                    Freeze the plan as it is now, for example at the end of a workshop. You can view, compare,
                    export or restore it later from History.
                  </p>
                  <SaveVersionForm
                    boardId={boardId}
                    autoFocus
                    onSaved={(snapshot) => {
                      setSaved(`Saved “${snapshot.label}”. Find it under History.`);
                      close();
                    }}
                  />
                </>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
      <span className="visually-hidden" role="status" data-testid="history.saved">
        {saved}
      </span>
    </>
  );
}
