import { boardPath } from "../app/route";
import { CopyField } from "../ui/CopyField";

/** For editors and viewers: the plan's plain address, which opens it only for people who have a link. */
export function ShareLink({ boardId }: { boardId: string }) {
  return (
    <div className="share-link">
      <CopyField
        label="Address of this plan"
        value={`${location.origin}${boardPath(boardId)}`}
        inputTestId="board.share-link"
        copyTestId="board.copy-link"
        description="It opens the plan only for people the facilitator has given a link."
      />
    </div>
  );
}
