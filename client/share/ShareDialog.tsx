import { useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import type { CreatedLink } from "../../shared/api/roles";
import { CloseIcon, ShareIcon } from "../ui/icons";
import { CreateLinkForm } from "./CreateLinkForm";
import { FacilitatorLinkReveal } from "./FacilitatorLinkReveal";
import { LinkList } from "./LinkList";
import { NewLink } from "./NewLink";
import { useLinks } from "./use-links";
import "./share-dialog.css";

/** For the facilitator: create editing and view-only links, see them all, revoke any. */
export function ShareDialog({ boardId }: { boardId: string }) {
  return (
    <DialogTrigger>
      <Button className="button button--small button--primary share-open" data-testid="share.open">
        <ShareIcon />
        Share
      </Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal modal--wide">
          <Dialog className="dialog share-dialog" data-testid="share.dialog">
            {({ close }) => <ShareDialogBody boardId={boardId} onClose={close} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ShareDialogBody({ boardId, onClose }: { boardId: string; onClose(): void }) {
  const [links, reloadLinks] = useLinks(boardId);
  const [created, setCreated] = useState<CreatedLink | null>(null);
  return (
    <>
      <div className="share-dialog__header">
        <Heading slot="title" className="dialog__title">
          Share this plan
        </Heading>
        <Button className="button button--quiet icon-button" aria-label="Close" onPress={onClose}>
          <CloseIcon />
        </Button>
      </div>
      <p className="dialog__lead">
        Each link opens the plan with the access you choose. Send it by e-mail or chat; you can revoke it at
        any time, and whoever uses it is disconnected at once.
      </p>
      <CreateLinkForm
        boardId={boardId}
        onCreated={(link) => {
          setCreated(link);
          reloadLinks();
        }}
      />
      {created && <NewLink key={created.id} link={created} />}
      <LinkList boardId={boardId} state={links} onChanged={reloadLinks} />
      <FacilitatorLinkReveal boardId={boardId} />
    </>
  );
}
