import { useId, useState, type FormEvent } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { moveBusiness, stageOf } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { useSuccessionView } from "./use-succession-view";
import "../matrix/unplaced-and-move.css";

interface MoveBusinessDialogProps {
  businessId: string;
  /** Name confidential businesses "Confidential business" (viewers, or "Hide confidential names"). */
  hideConfidential: boolean;
  onClose(moved: boolean): void;
}

/** "Move to stage…": the keyboard- and screen-reader-friendly way to move a card, equal to drag and drop. */
export function MoveBusinessDialog({ businessId, hideConfidential, onClose }: MoveBusinessDialogProps) {
  const session = useSession();
  const view = useSuccessionView();
  const business = [...view.byStage.values()].flat().find((candidate) => candidate.id === businessId);
  const current = business && stageOf(view, business);
  const [stageId, setStageId] = useState(current?.id ?? view.stages[0]?.id ?? "");
  const inStage = view.byStage.get(stageId) ?? [];
  const siblings = inStage.filter((candidate) => candidate.id !== businessId);
  const currentIndex = inStage.findIndex((candidate) => candidate.id === businessId);
  const [chosenPosition, setPosition] = useState<number | null>(null);
  const position = Math.min(
    chosenPosition ?? (currentIndex === -1 ? siblings.length : currentIndex),
    siblings.length,
  );
  const ids = { title: useId(), stage: useId(), position: useId() };
  const label = (name: string, confidential: boolean) =>
    hideConfidential && confidential ? "Confidential business" : name || "Unnamed business";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!business || !view.stages.some((stage) => stage.id === stageId)) return;
    session.change(() => moveBusiness(session.doc, businessId, stageId, position));
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
        <Dialog className="dialog" aria-labelledby={ids.title}>
          <Heading id={ids.title} slot="title" className="dialog__title">
            Move to stage
          </Heading>
          {!business ? (
            <p className="dialog__lead">This business was deleted by someone else.</p>
          ) : (
            <form className="stack" onSubmit={submit}>
              <p className="dialog__lead move-dialog__subject">
                “{label(business.name, business.confidential)}”
              </p>
              <div className="field">
                <label htmlFor={ids.stage} className="field__label">
                  Stage
                </label>
                <select
                  id={ids.stage}
                  className="input select"
                  data-testid="move-business.stage"
                  value={stageId}
                  onChange={(event) => {
                    setStageId(event.target.value);
                    setPosition(null);
                  }}
                >
                  {view.stages.map((stage) => (
                    <option key={stage.id} value={stage.id}>
                      {stage.name || "Untitled stage"}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.position} className="field__label">
                  Position in the stage
                </label>
                <select
                  id={ids.position}
                  className="input select"
                  data-testid="move-business.position"
                  value={position}
                  onChange={(event) => setPosition(Number(event.target.value))}
                >
                  <option value={0}>At the top</option>
                  {siblings.map((sibling, index) => (
                    <option key={sibling.id} value={index + 1}>
                      After “{label(sibling.name, sibling.confidential)}”
                    </option>
                  ))}
                </select>
              </div>
              <div className="dialog__actions">
                <Button className="button" onPress={() => onClose(false)}>
                  Cancel
                </Button>
                <Button type="submit" className="button button--primary" data-testid="move-business.confirm">
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
