import { useState } from "react";
import {
  Button,
  Dialog,
  Heading,
  Label,
  ListBox,
  ListBoxItem,
  Modal,
  ModalOverlay,
  Popover,
  Select,
  SelectValue,
} from "react-aria-components";
import { deleteStage } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { ChevronDownIcon } from "../ui/icons";
import { useSuccessionView } from "./use-succession-view";

interface DeleteStageDialogProps {
  stageId: string;
  onClose(deleted: boolean): void;
}

const stageName = (name: string) => name || "Untitled stage";

/** Deleting a stage that holds businesses: first choose where they go, so none is ever lost. */
export function DeleteStageDialog({ stageId, onClose }: DeleteStageDialogProps) {
  const session = useSession();
  const view = useSuccessionView();
  const index = view.stages.findIndex((stage) => stage.id === stageId);
  const stage = view.stages[index];
  const others = view.stages.filter((candidate) => candidate.id !== stageId);
  // The stage before it by default: the nearest step back in the pipeline.
  const [chosen, setChosen] = useState(() => view.stages[index - 1]?.id ?? others[0]?.id ?? "");
  const destination = others.find((candidate) => candidate.id === chosen) ?? others[0];
  const count = view.byStage.get(stageId)?.length ?? 0;
  const businesses = count === 1 ? "1 business" : `${count} businesses`;

  const confirm = () => {
    if (!destination) return;
    let deleted = false;
    session.change(() => (deleted = deleteStage(session.doc, stageId, destination.id)));
    onClose(deleted);
  };

  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => !open && onClose(false)}
      className="modal-overlay"
    >
      <Modal className="modal modal--small">
        <Dialog className="dialog" data-testid="delete-stage.dialog">
          <Heading slot="title" className="dialog__title">
            {stage ? `Delete “${stageName(stage.name)}”?` : "Delete stage"}
          </Heading>
          {!stage || !destination ? (
            <>
              <p className="dialog__lead">This stage was deleted by someone else.</p>
              <div className="dialog__actions">
                <Button className="button" onPress={() => onClose(false)}>
                  Close
                </Button>
              </div>
            </>
          ) : (
            <>
              <p className="dialog__lead">
                It holds {businesses}. Choose the stage {count === 1 ? "it moves" : "they move"} to; nothing
                else about {count === 1 ? "it" : "them"} changes.
              </p>
              <Select
                className="field"
                value={destination.id}
                onChange={(key) => key !== null && setChosen(String(key))}
              >
                <Label className="field__label">Move its {businesses} to</Label>
                <Button className="input select-button" data-testid="delete-stage.destination">
                  <SelectValue className="select-button__value" />
                  <ChevronDownIcon />
                </Button>
                <Popover className="popover" placement="bottom start">
                  <ListBox className="listbox" items={others}>
                    {(item) => (
                      <ListBoxItem id={item.id} textValue={stageName(item.name)} className="listbox__item">
                        {stageName(item.name)}
                      </ListBoxItem>
                    )}
                  </ListBox>
                </Popover>
              </Select>
              <div className="dialog__actions">
                <Button className="button" onPress={() => onClose(false)} autoFocus>
                  Cancel
                </Button>
                <Button
                  className="button button--danger"
                  data-testid="delete-stage.confirm"
                  onPress={confirm}
                >
                  Move and delete stage
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
