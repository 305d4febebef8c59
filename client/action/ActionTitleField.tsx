import { useEffect, useId } from "react";
import type * as Y from "yjs";
import { getActionTitleText } from "../../shared/board";
import { ACTION_TITLE_MAX_LENGTH } from "../ui/field-limits";
import { CharacterCount } from "../ui/CharacterCount";
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
  const countId = useId();
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
        maxLength={ACTION_TITLE_MAX_LENGTH}
        aria-describedby={countId}
        placeholder="What will be done?"
        onKeyDown={(event) => {
          // A title is one line: Enter is swallowed rather than adding a line break.
          if (event.key === "Enter") event.preventDefault();
        }}
      />
      <CharacterCount id={countId} length={binding.value.length} max={ACTION_TITLE_MAX_LENGTH} />
    </div>
  );
}
