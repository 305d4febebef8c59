import { useRef, useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { addStage, deleteStage, type SuccessionStage } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { PlusIcon } from "../ui/icons";
import { DeleteStageDialog } from "./DeleteStageDialog";
import { StageRow } from "./StageRow";
import { useSuccessionView } from "./use-succession-view";

/** After a row goes, put focus on the row now in its place (or the last), once React has rendered. */
function focusStageName(list: HTMLElement | null, index: number, frames = 10): void {
  requestAnimationFrame(() => {
    const names = list?.querySelectorAll<HTMLInputElement>('[data-testid="stages.name"]') ?? [];
    const name = names[Math.min(index, names.length - 1)];
    name?.focus();
    if (document.activeElement !== name && frames > 1) focusStageName(list, index, frames - 1);
  });
}

/** Rename, reorder, add and delete stages, and mark which complete a transfer. No business is ever lost. */
export function StagesDialog({ onClose }: { onClose(): void }) {
  const session = useSession();
  const view = useSuccessionView();
  const [added, setAdded] = useState(0);
  const [deleting, setDeleting] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const active = view.stages.filter((stage) => stage.kind === "active");
  const afterDelete = (stageId: string) =>
    focusStageName(
      list.current,
      view.stages.findIndex((s) => s.id === stageId),
    );
  const remove = (stage: SuccessionStage) => {
    if ((view.byStage.get(stage.id)?.length ?? 0) > 0) {
      setDeleting(stage.id);
      return;
    }
    session.change(() => deleteStage(session.doc, stage.id));
    afterDelete(stage.id);
  };
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal stages-modal">
        <Dialog className="dialog stages-dialog" aria-labelledby="stages-dialog-title">
          <Heading id="stages-dialog-title" slot="title" className="dialog__title">
            Pipeline stages
          </Heading>
          <p className="dialog__lead">
            Renaming a stage keeps its businesses; deleting one moves them to a stage you choose. Businesses
            in a stage that completes a transfer count as completed transfers, and their jobs as retained.
          </p>
          <ol className="stages-dialog__list" ref={list}>
            {view.stages.map((stage) => (
              <StageRow
                key={stage.id}
                stage={stage}
                index={stage.kind === "active" ? active.indexOf(stage) : view.stages.indexOf(stage)}
                activeCount={active.length}
                canDelete={stage.kind === "closed" || active.length > 1}
                onDelete={remove}
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
          {deleting && (
            <DeleteStageDialog
              stageId={deleting}
              onClose={(deleted) => {
                setDeleting(null);
                if (deleted) afterDelete(deleting);
              }}
            />
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
