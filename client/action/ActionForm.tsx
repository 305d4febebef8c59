import { useId, useState } from "react";
import { Button } from "react-aria-components";
import { deleteAction, setActionField, type ActionScalarField, type ActionView } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { CharacterCount } from "../ui/CharacterCount";
import { ACTION_DETAIL_MAX_LENGTH } from "../ui/field-limits";
import { MoveIcon, TrashIcon } from "../ui/icons";
import { focusAfterRender } from "../matrix/focus-after-render";
import { LazyNotesEditor } from "../editor/LazyNotesEditor";
import { ActionTitleField } from "./ActionTitleField";
import { PartnersField } from "./PartnersField";
import { StatusSelect } from "./StatusSelect";
import type { PanelFocus } from "./ActionPanel";

interface ActionFormProps {
  action: ActionView;
  initialFocus: PanelFocus;
  onMove(): void;
  onDeleted(): void;
}

export function ActionForm({ action, initialFocus, onMove, onDeleted }: ActionFormProps) {
  const session = useSession();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const ids = {
    owner: useId(),
    ownerCount: useId(),
    due: useId(),
    milestone: useId(),
    milestoneCount: useId(),
  };
  const setField = (field: ActionScalarField, value: string) =>
    session.change(() => setActionField(session.doc, action.id, field, value));
  const title = action.title || "Untitled action";

  const remove = () => {
    setConfirmingDelete(false);
    session.change(() => deleteAction(session.doc, action.id));
    onDeleted();
    focusAfterRender(
      `[data-testid="matrix.cell"][data-theme-id="${action.themeId}"][data-column-id="${action.columnId}"] [data-testid="cell.add-action"]`,
    );
  };

  return (
    <div className="action-form">
      <ActionTitleField actionId={action.id} autoFocus={initialFocus === "title"} />
      <div className="action-form__row">
        <div className="field">
          <label htmlFor={ids.owner} className="field__label">
            Lead owner
          </label>
          <input
            id={ids.owner}
            className="input"
            data-testid="action.owner"
            value={action.owner}
            placeholder="Who leads this action?"
            maxLength={ACTION_DETAIL_MAX_LENGTH}
            aria-describedby={ids.ownerCount}
            onChange={(event) => setField("owner", event.target.value)}
          />
          <CharacterCount id={ids.ownerCount} length={action.owner.length} max={ACTION_DETAIL_MAX_LENGTH} />
        </div>
        <StatusSelect status={action.status} onChange={(status) => setField("status", status)} />
      </div>
      <PartnersField actionId={action.id} partners={action.partners} />
      <div className="action-form__row">
        <div className="field">
          <label htmlFor={ids.due} className="field__label">
            Due date
          </label>
          <input
            id={ids.due}
            type="date"
            className="input"
            data-testid="action.due"
            value={action.due}
            onChange={(event) => setField("due", event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.milestone} className="field__label">
            Milestone
          </label>
          <input
            id={ids.milestone}
            className="input"
            data-testid="action.milestone"
            value={action.milestone}
            placeholder="e.g. Cabinet paper, March"
            maxLength={ACTION_DETAIL_MAX_LENGTH}
            aria-describedby={ids.milestoneCount}
            onChange={(event) => setField("milestone", event.target.value)}
          />
          <CharacterCount
            id={ids.milestoneCount}
            length={action.milestone.length}
            max={ACTION_DETAIL_MAX_LENGTH}
          />
        </div>
      </div>
      <LazyNotesEditor actionId={action.id} actionTitle={title} />
      <div className="action-form__footer">
        <Button className="button button--small" onPress={onMove}>
          <MoveIcon />
          Move to…
        </Button>
        <Button
          className="button button--small button--danger-quiet"
          data-testid="action.delete"
          onPress={() => setConfirmingDelete(true)}
        >
          <TrashIcon />
          Delete action
        </Button>
      </div>
      {confirmingDelete && (
        <ConfirmDialog
          title="Delete this action?"
          confirmLabel="Delete action"
          onConfirm={remove}
          onCancel={() => setConfirmingDelete(false)}
        >
          <p>“{title}” and its notes will be removed for everyone. You can bring it back with Undo.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
