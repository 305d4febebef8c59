import { useSession } from "../sync/session-context";
import { ROLE_LABEL } from "./role-labels";
import "./board-notices.css";

/** What this person may do on the plan, always visible in the banner. */
export function RoleBadge() {
  const { role } = useSession();
  return (
    <p className={`role-badge role-badge--${role}`} data-testid="board.role" data-role={role}>
      <span className="visually-hidden">Your access: </span>
      {ROLE_LABEL[role]}
    </p>
  );
}
