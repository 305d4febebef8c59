import { useConnection } from "../sync/session-context";
import { connectionLabel, indicatorState } from "../sync/connection-label";

export function ConnectionStatus() {
  const connection = useConnection();
  const state = indicatorState(connection);
  return (
    <p
      role="status"
      className={`connection connection--${state}`}
      data-testid="connection.status"
      data-state={state}
    >
      <span className="connection__dot" aria-hidden="true" />
      {connectionLabel(connection)}
    </p>
  );
}
