import { useEffect, useId } from "react";
import type * as Y from "yjs";
import { getActionTitleText } from "../../shared/board";
import { TITLE_MAX_LENGTH } from "../../shared/api/schemas";
import { useSession } from "../sync/session-context";
import { useYTextBinding } from "../ui/use-y-text-binding";

export function ActionTitleField({ actionId, autoFocus }: { actionId: string; autoFocus: boolean }) {
  const session = useSession();
  const text = getActionTitleText(session.doc, actionId);
  return text ? <TitleTextarea text={text} autoFocus={autoFocus} /> : null;
}

function TitleTextarea({ text, autoFocus }: { text: Y.Text; autoFocus: boolean }) {
  const session = useSession();
  const id = useId();
  const binding = useYTextBinding<HTMLTextAreaElement>(text, (edit) => session.change(edit));
  const { ref } = binding;
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus, ref]);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Title
      </label>
      <textarea
        id={id}
        {...binding}
        className="input action-form__title"
        data-testid="action.title"
        rows={2}
        maxLength={TITLE_MAX_LENGTH * 2}
        placeholder="What will be done?"
        onKeyDown={(event) => {
          // A title is one line: Enter is swallowed rather than adding a line break.
          if (event.key === "Enter") event.preventDefault();
        }}
      />
    </div>
  );
}
