import { getBoardTitleText } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { useYTextBinding } from "../ui/use-y-text-binding";
import { TITLE_MAX_LENGTH } from "../../shared/api/schemas";

export function BoardTitleInput() {
  const session = useSession();
  const binding = useYTextBinding<HTMLInputElement>(getBoardTitleText(session.doc), (edit) =>
    session.change(edit),
  );
  return (
    <div className="plan-title">
      <label htmlFor="board-title" className="plan-title__label">
        Action plan title
      </label>
      <input
        id="board-title"
        {...binding}
        className="plan-title__input"
        data-testid="board.title"
        maxLength={TITLE_MAX_LENGTH}
        placeholder="Untitled plan"
        autoComplete="off"
        spellCheck
      />
    </div>
  );
}
