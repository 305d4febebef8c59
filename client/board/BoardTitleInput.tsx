import { getBoardTitleText } from "../../shared/board";
import { useId } from "react";
import { PLAN_TITLE_MAX_LENGTH } from "../ui/field-limits";
import { CharacterCount } from "../ui/CharacterCount";
import { useSession } from "../sync/session-context";
import { useYTextBinding } from "../ui/use-y-text-binding";

/** The live-edited plan title: a one-line textarea so a long council plan title wraps instead of being cut. */
export function BoardTitleInput() {
  const session = useSession();
  const countId = useId();
  const binding = useYTextBinding<HTMLTextAreaElement>(getBoardTitleText(session.doc), (edit) =>
    session.change(edit),
  );
  return (
    <div className="plan-title">
      <label htmlFor="board-title" className="plan-title__label">
        Action plan title
      </label>
      <textarea
        id="board-title"
        {...binding}
        rows={1}
        className="plan-title__input"
        data-testid="board.title"
        maxLength={PLAN_TITLE_MAX_LENGTH}
        aria-describedby={countId}
        placeholder="Untitled plan"
        autoComplete="off"
        spellCheck
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
      />
      <CharacterCount id={countId} length={binding.value.length} max={PLAN_TITLE_MAX_LENGTH} />
    </div>
  );
}
