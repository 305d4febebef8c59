import { useId } from "react";
import { Button } from "react-aria-components";
import { setActionLink, type BusinessView } from "../../shared/board";
import { useBoardView, useSession } from "../sync/session-context";
import { useBoardNavigation } from "../board/board-navigation";
import { CloseIcon } from "../ui/icons";
import "./linked.css";

interface LinkedActionsFieldProps {
  business: BusinessView;
  editable: boolean;
}

/** The matrix actions this business is part of: each opens the action; editors link and unlink them. */
export function LinkedActionsField({ business, editable }: LinkedActionsFieldProps) {
  const session = useSession();
  const board = useBoardView();
  const navigation = useBoardNavigation();
  const id = useId();
  const actions = [
    ...board.themes.flatMap((theme) =>
      board.columns.flatMap((column) => board.cells.get(`${theme.id}/${column.id}`) ?? []),
    ),
  ];
  const titleOf = (actionId: string) => actions.find((action) => action.id === actionId)?.title;
  const linked = business.linkedActionIds.filter((actionId) => titleOf(actionId) !== undefined);
  const link = (actionId: string, on: boolean) =>
    session.change(() => setActionLink(session.doc, business.id, actionId, on));

  return (
    <div className="field linked-actions">
      <span className="field__label" id={`${id}-label`}>
        Linked actions in the plan
      </span>
      {linked.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul
          className="linked-actions__list"
          aria-labelledby={`${id}-label`}
          data-testid="business.linked-actions"
        >
          {linked.map((actionId) => (
            <li key={actionId} className="linked-actions__item">
              <Button
                className="linked-actions__open"
                data-testid="business.open-action"
                onPress={() => navigation?.openAction(actionId)}
              >
                {titleOf(actionId) || "Untitled action"}
              </Button>
              {editable && (
                <Button
                  className="button button--quiet icon-button button--small"
                  aria-label={`Unlink “${titleOf(actionId) || "Untitled action"}”`}
                  onPress={() => link(actionId, false)}
                >
                  <CloseIcon />
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <>
          <label htmlFor={`${id}-add`} className="field__label field__label--quiet">
            Link an action
          </label>
          <select
            id={`${id}-add`}
            className="input select"
            data-testid="business.link-action"
            value=""
            onChange={(event) => event.target.value && link(event.target.value, true)}
          >
            <option value="">Choose an action…</option>
            {actions
              .filter((action) => !linked.includes(action.id))
              .map((action) => (
                <option key={action.id} value={action.id}>
                  {action.title || "Untitled action"}
                </option>
              ))}
          </select>
        </>
      )}
    </div>
  );
}
