import { AccessDeniedPage, AccessFailedPage } from "../access/AccessDeniedPage";
import { useBoardAccess } from "../access/use-board-access";
import { useIdentity } from "../identity/identity-context";
import type { GrantedAccess } from "../access/resolve-access";
import { SessionContext, useConnection, useSession } from "../sync/session-context";
import { useBoardSession } from "../sync/use-board-session";
import { BoardBanner } from "./BoardBanner";
import { BoardLoading } from "./BoardLoading";
import { BoardUnavailable } from "./BoardUnavailable";
import { BoardHistory } from "../history/BoardHistory";
import { usePresentationView } from "./use-presentation-view";
import "./board.css";

export function BoardPage({ boardId }: { boardId: string }) {
  const [access, retry] = useBoardAccess(boardId);
  switch (access.status) {
    case "checking":
      return <BoardLoading />;
    case "denied":
      return <AccessDeniedPage reason={access.reason} />;
    case "missing":
      return <BoardUnavailable boardId={boardId} missing />;
    case "failed":
      return <AccessFailedPage message={access.message} onRetry={retry} />;
    case "granted":
      return <BoardSessionView boardId={boardId} grant={access} />;
  }
}

/** `grant` is the access answer itself, not only its role: the session opened early for it is adopted. */
function BoardSessionView({ boardId, grant }: { boardId: string; grant: GrantedAccess }) {
  const { user } = useIdentity();
  const session = useBoardSession(boardId, grant, user);
  return (
    <SessionContext.Provider value={session}>
      <BoardScreen />
    </SessionContext.Provider>
  );
}

function BoardScreen() {
  const { boardId } = useSession();
  const connection = useConnection();
  const [presenting, setPresenting] = usePresentationView();
  if (connection.phase === "revoked") return <AccessDeniedPage reason="withdrawn" />;
  if (connection.phase === "unauthorized") return <AccessDeniedPage reason="access-ended" />;
  if (connection.phase === "missing" || connection.phase === "refused") {
    return (
      <BoardUnavailable
        boardId={boardId}
        missing={connection.phase === "missing"}
        closeCode={connection.closeCode}
      />
    );
  }
  return (
    <div className="board-page">
      <BoardBanner presenting={presenting} onPresentingChange={setPresenting} />
      {connection.hasSynced ? <BoardHistory presenting={presenting} /> : <BoardLoading embedded />}
    </div>
  );
}
