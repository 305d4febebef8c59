import { useEffect, useState } from "react";
import { useBoardView, useSession } from "../sync/session-context";
import { rememberBoard } from "../home/recent-boards";
import { Matrix } from "../matrix/Matrix";
import { UnplacedTray } from "../matrix/UnplacedTray";
import { MoveDialog } from "../matrix/MoveDialog";
import { focusActionCard } from "../matrix/focus-action-card";
import { ActionPanel, type PanelFocus } from "../action/ActionPanel";
import { PlanHeader } from "./PlanHeader";
import { useUndoShortcut } from "./use-undo-shortcut";
import { FacilitatorLinkNotice } from "../share/FacilitatorLinkNotice";
import { ViewOnlyNotice } from "../share/ViewOnlyNotice";

export function BoardWorkspace({ presenting }: { presenting: boolean }) {
  const session = useSession();
  const view = useBoardView();
  const [openAction, setOpenAction] = useState<{ id: string; focus: PanelFocus } | null>(null);
  const openActionId = openAction?.id ?? null;
  const openActionPanel = (id: string, focus: PanelFocus = "heading") => setOpenAction({ id, focus });
  const [movingActionId, setMovingActionId] = useState<string | null>(null);
  const { title, area } = view.meta;
  useUndoShortcut(session);

  useEffect(() => {
    document.title = `${title || "Untitled plan"} — Coplan`;
    rememberBoard(localStorage, { id: session.boardId, title, area });
  }, [session.boardId, title, area]);

  const closePanel = () => {
    if (openActionId) focusActionCard(openActionId);
    setOpenAction(null);
  };

  return (
    <div className={openActionId ? "board-layout board-layout--panel-open" : "board-layout"}>
      <main id="main" className="board-main">
        {session.role === "facilitator" && !presenting && <FacilitatorLinkNotice boardId={session.boardId} />}
        {!session.canEdit && <ViewOnlyNotice />}
        <PlanHeader presenting={presenting} />
        <Matrix
          view={view}
          openActionId={openActionId}
          onOpenAction={openActionPanel}
          onMoveAction={setMovingActionId}
        />
        <UnplacedTray
          actions={view.unplaced}
          onOpenAction={openActionPanel}
          onMoveAction={setMovingActionId}
        />
      </main>
      {openAction && (
        <ActionPanel
          key={openAction.id}
          actionId={openAction.id}
          initialFocus={openAction.focus}
          onClose={closePanel}
          onMove={() => setMovingActionId(openAction.id)}
        />
      )}
      {movingActionId && (
        <MoveDialog
          actionId={movingActionId}
          onClose={(moved) => {
            setMovingActionId(null);
            if (moved) focusActionCard(movingActionId);
          }}
        />
      )}
    </div>
  );
}
