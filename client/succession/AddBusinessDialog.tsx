import { useId, useState, type FormEvent } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { createBusiness } from "../../shared/board";
import { useSession } from "../sync/session-context";

interface AddBusinessDialogProps {
  stageId: string;
  stageName: string;
  /** The new business's id, or undefined when cancelled. */
  onClose(addedId?: string): void;
}

const MAX_NAME = 200;

/**
 * Add a business with its name and its confidentiality in ONE change. Typing the name into a card that
 * already exists would send it to every viewer before anyone could tick "Confidential"; here the
 * choice is made first, so a confidential business's name never reaches a viewer at all.
 */
export function AddBusinessDialog({ stageId, stageName, onClose }: AddBusinessDialogProps) {
  const session = useSession();
  const [name, setName] = useState("");
  const [confidential, setConfidential] = useState(false);
  const [error, setError] = useState("");
  const ids = { title: useId(), name: useId(), error: useId(), hint: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError("Enter the business's name.");
      return;
    }
    let id = "";
    session.change(() => (id = createBusiness(session.doc, { name: trimmed, stageId, confidential })));
    onClose(id || undefined);
  };

  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal modal--small">
        <Dialog className="dialog" aria-labelledby={ids.title} data-testid="add-business.dialog">
          <Heading id={ids.title} slot="title" className="dialog__title">
            Add a business to “{stageName}”
          </Heading>
          <form className="stack" onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor={ids.name} className="field__label">
                Business name
              </label>
              <input
                id={ids.name}
                className="input"
                data-testid="add-business.name"
                value={name}
                maxLength={MAX_NAME}
                autoFocus
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? ids.error : undefined}
                onChange={(event) => {
                  setName(event.target.value);
                  setError("");
                }}
              />
              {error && (
                <p id={ids.error} className="field__error" role="alert">
                  {error}
                </p>
              )}
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="add-business.confidential"
                checked={confidential}
                aria-describedby={ids.hint}
                onChange={(event) => setConfidential(event.target.checked)}
              />
              <span>
                <strong>Confidential</strong>
                <span id={ids.hint} className="field__hint">
                  The owner’s plans are not public yet. Viewers will see only a “Confidential business”
                  placeholder, and its name never reaches their browsers.
                </span>
              </span>
            </label>
            <div className="dialog__actions">
              <Button className="button" onPress={() => onClose()}>
                Cancel
              </Button>
              <Button type="submit" className="button button--primary" data-testid="add-business.confirm">
                Add business
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
