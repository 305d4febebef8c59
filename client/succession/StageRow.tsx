import { Button } from "react-aria-components";
import { getStageNameText, moveStage, setStageCompletes, type SuccessionStage } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { useYTextBinding } from "../ui/use-y-text-binding";
import { TrashIcon } from "../ui/icons";

interface StageRowProps {
  stage: SuccessionStage;
  /** Place among the stages of its kind (closed stages are numbered after the active ones). */
  index: number;
  activeCount: number;
  /** False for the last active stage: the pipeline always keeps one. */
  canDelete: boolean;
  onDelete(stage: SuccessionStage): void;
}

/** One stage in the stages dialog: its name, whether it completes a transfer, its place, and delete. */
export function StageRow({ stage, index, activeCount, canDelete, onDelete }: StageRowProps) {
  const session = useSession();
  const binding = useYTextBinding<HTMLInputElement>(getStageNameText(session.doc, stage.id)!, (edit) =>
    session.change(edit),
  );
  const name = stage.name || "Untitled stage";
  const move = (to: number) => session.change(() => moveStage(session.doc, stage.id, to));
  const active = stage.kind === "active";
  return (
    <li className="stages-dialog__row" data-testid="stages.row" data-stage-id={stage.id}>
      <input
        {...binding}
        className="input stages-dialog__name"
        aria-label={`Name of stage ${index + 1}`}
        data-testid="stages.name"
        maxLength={80}
      />
      <span className="stages-dialog__moves">
        {active ? (
          <>
            <Button className="button button--small" isDisabled={index === 0} onPress={() => move(index - 1)}>
              Up<span className="visually-hidden"> ({name})</span>
            </Button>
            <Button
              className="button button--small"
              isDisabled={index === activeCount - 1}
              onPress={() => move(index + 1)}
            >
              Down<span className="visually-hidden"> ({name})</span>
            </Button>
          </>
        ) : (
          <span className="muted stages-dialog__closed">Kept apart</span>
        )}
        <Button
          className="button button--small button--danger-quiet"
          data-testid="stages.delete"
          isDisabled={!canDelete}
          onPress={() => onDelete(stage)}
        >
          <TrashIcon />
          Delete<span className="visually-hidden"> stage {name}</span>
        </Button>
      </span>
      {active && (
        <label className="checkbox stages-dialog__completes">
          <input
            type="checkbox"
            data-testid="stages.completes"
            checked={stage.completes}
            onChange={(event) => {
              const completes = event.target.checked;
              session.change(() => setStageCompletes(session.doc, stage.id, completes));
            }}
          />
          <span>
            Completes a transfer<span className="visually-hidden"> ({name})</span>
          </span>
        </label>
      )}
    </li>
  );
}
