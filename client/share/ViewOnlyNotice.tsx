import { EyeIcon } from "../ui/icons";
import "./board-notices.css";

/** Shown to viewers above the plan: why nothing can be changed, and how to get an editing link. */
export function ViewOnlyNotice() {
  return (
    <div className="view-only" data-testid="board.view-only">
      <EyeIcon />
      <p>
        <strong>View only — you can watch this plan live but not change it.</strong>{" "}
        <span className="view-only__hint">To help edit it, ask the facilitator for an editing link.</span>
      </p>
    </div>
  );
}
