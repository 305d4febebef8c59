import { useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { addStage, getStageNameText, moveStage, type SuccessionStage } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { useYTextBinding } from "../ui/use-y-text-binding";
import { PlusIcon } from "../ui/icons";
import { useSuccessionView } from "./use-succession-view";

function StageRow({ stage, index, count }: { stage: SuccessionStage; index: number; count: number }) {
  const session = useSession();
  const binding = useYTextBinding<HTMLInputElement>(getStageNameText(session.doc, stage.id)!, (edit) =>
    session.change(edit),
  );
  const name = stage.name || "Untitled stage";
  const move = (to: number) => session.change(() => moveStage(session.doc, stage.id, to));
  return (
    <li className="stages-dialog__row" data-testid="stages.row">
      <input
        {...binding}
        className="input"
        aria-label={`Name of stage ${index + 1}`}
        data-testid="stages.name"
        maxLength={80}
      />
      {stage.kind === "active" ? (
        <span className="stages-dialog__moves">
          <Button className="button button--small" isDisabled={index === 0} onPress={() => move(index - 1)}>
            Up<span className="visually-hidden"> ({name})</span>
          </Button>
          <Button
            className="button button--small"
            isDisabled={index === count - 1}
            onPress={() => move(index + 1)}
          >
            Down<span className="visually-hidden"> ({name})</span>
          </Button>
        </span>
      ) : (
        <span className="muted stages-dialog__closed">Kept apart</span>
      )}
    </li>
  );
}

/** Rename, reorder and add stages (editors and facilitators). Renaming keeps every business in place. */
export function StagesDialog({ onClose }: { onClose(): void }) {
  const session = useSession();
  const view = useSuccessionView();
  const [added, setAdded] = useState(0);
  const active = view.stages.filter((stage) => stage.kind === "active");
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog stages-dialog" aria-labelledby="stages-dialog-title">
          <Heading id="stages-dialog-title" slot="title" className="dialog__title">
            Pipeline stages
          </Heading>
          <p className="dialog__lead">
            Renaming a stage keeps its businesses. Reaching Transfer or Aftercare counts as a completed
            transfer.
          </p>
          <ol className="stages-dialog__list">
            {view.stages.map((stage) => (
              <StageRow
                key={stage.id}
                stage={stage}
                index={stage.kind === "active" ? active.indexOf(stage) : view.stages.indexOf(stage)}
                count={active.length}
              />
            ))}
          </ol>
          <div className="dialog__actions">
            <Button
              className="button"
              data-testid="stages.add"
              onPress={() => {
                session.change(() => addStage(session.doc, `New stage ${added + 1}`));
                setAdded(added + 1);
              }}
            >
              <PlusIcon />
              Add stage
            </Button>
            <Button className="button button--primary" slot="close">
              Done
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
