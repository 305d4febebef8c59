import { useIdentity } from "../identity/identity-context";
import { SessionContext, useConnection } from "../sync/session-context";
import { useBoardSession } from "../sync/use-board-session";
import { BoardBanner } from "./BoardBanner";
import { BoardLoading } from "./BoardLoading";
import { BoardUnavailable } from "./BoardUnavailable";
import { BoardWorkspace } from "./BoardWorkspace";
import { usePresentationView } from "./use-presentation-view";
import "./board.css";

export function BoardPage({ boardId }: { boardId: string }) {
  const { user } = useIdentity();
  const session = useBoardSession(boardId, user);
  return (
    <SessionContext.Provider value={session}>
      <BoardScreen />
    </SessionContext.Provider>
  );
}

function BoardScreen() {
  const connection = useConnection();
  const [presenting, setPresenting] = usePresentationView();
  if (connection.phase === "missing" || connection.phase === "refused") {
    return <BoardUnavailable missing={connection.phase === "missing"} closeCode={connection.closeCode} />;
  }
  return (
    <div className="board-page">
      <BoardBanner presenting={presenting} onPresentingChange={setPresenting} />
      {connection.hasSynced ? <BoardWorkspace presenting={presenting} /> : <BoardLoading embedded />}
    </div>
  );
}
