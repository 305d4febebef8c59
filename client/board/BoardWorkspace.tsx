import { useEffect, useState, type ReactNode } from "react";
import { useBoardViewPart, useSession } from "../sync/session-context";
import { rememberBoard } from "../home/recent-boards";
import { Matrix } from "../matrix/Matrix";
import { UnplacedTray } from "../matrix/UnplacedTray";
import { MoveDialog } from "../matrix/MoveDialog";
import { focusActionCard } from "../matrix/focus-action-card";
import { focusAfterRender } from "../matrix/focus-after-render";
import { discardUntouchedAction } from "../action/discard-untouched-action";
import { loadNotesEditor } from "../editor/LazyNotesEditor";
import { ActionPanel, type PanelFocus } from "../action/ActionPanel";
import { PlanHeader } from "./PlanHeader";
import { useUndoShortcut } from "./use-undo-shortcut";
import { FacilitatorLinkNotice } from "../share/FacilitatorLinkNotice";
import { ViewOnlyNotice } from "../share/ViewOnlyNotice";
import { BoardSections } from "./BoardSections";
import { BoardNavigationContext } from "./board-navigation";
import { goToSection, useSectionLocation } from "./section-location";

interface OpenAction {
  id: string;
  focus: PanelFocus;
  /** Added by this person with "Add action" while this panel was opened for it. */
  addedHere: boolean;
}

function addActionButton(themeId: string, columnId: string): string {
  return `[data-testid="matrix.cell"][data-theme-id="${themeId}"][data-column-id="${columnId}"] [data-testid="cell.add-action"]`;
}

interface BoardWorkspaceProps {
  presenting: boolean;
  /** Set when showing a saved version read-only: its banner takes the place of the live board's notices. */
  versionBar?: ReactNode;
}

export function BoardWorkspace({ presenting, versionBar }: BoardWorkspaceProps) {
  const session = useSession();
  // Only what this level shows: the matrix and each card subscribe to their own parts of the board view.
  const meta = useBoardViewPart((view) => view.meta);
  const unplaced = useBoardViewPart((view) => view.unplaced);
  const [openAction, setOpenAction] = useState<OpenAction | null>(null);
  const openActionId = openAction?.id ?? null;
  /** Leaving the panel of a card this person just added and never filled in removes the card. */
  const discardIfUntouched = () =>
    openAction?.addedHere ? discardUntouchedAction(session, openAction.id) : undefined;
  const openActionPanel = (id: string) => {
    if (id !== openActionId) discardIfUntouched();
    setOpenAction({ id, focus: "heading", addedHere: false });
  };
  const openAddedAction = (id: string) => {
    discardIfUntouched();
    setOpenAction({ id, focus: "title", addedHere: true });
  };
  const [movingActionId, setMovingActionId] = useState<string | null>(null);
  const planShown = useSectionLocation().tab === "plan";
  const navigation = {
    openAction: (id: string) => {
      goToSection({ tab: "plan", businessId: null });
      openActionPanel(id);
    },
    openBusiness: (id: string) => goToSection({ tab: "succession", businessId: id }),
  };
  const { title, area } = meta;
  const showingVersion = versionBar !== undefined;
  useUndoShortcut(session);
  useEffect(() => void loadNotesEditor(), []);

  useEffect(() => {
    if (showingVersion) return;
    document.title = `${title || "Untitled plan"} — Coplan`;
    rememberBoard(localStorage, { id: session.boardId, title, area });
  }, [session.boardId, title, area, showingVersion]);

  const closePanel = () => {
    const discarded = discardIfUntouched();
    if (discarded) focusAfterRender(addActionButton(discarded.themeId, discarded.columnId));
    else if (openActionId) focusActionCard(openActionId);
    setOpenAction(null);
  };

  return (
    <BoardNavigationContext.Provider value={navigation}>
      <div className={openActionId && planShown ? "board-layout board-layout--panel-open" : "board-layout"}>
        <main id="main" className="board-main">
          {versionBar}
          {session.role === "facilitator" && !presenting && (
            <FacilitatorLinkNotice boardId={session.boardId} />
          )}
          {!session.canEdit && !showingVersion && <ViewOnlyNotice />}
          <PlanHeader presenting={presenting} />
          <BoardSections
            actionPlan={
              <>
                <Matrix
                  openActionId={openActionId}
                  onOpenAction={openActionPanel}
                  onActionAdded={openAddedAction}
                  onMoveAction={setMovingActionId}
                />
                <UnplacedTray
                  actions={unplaced}
                  onOpenAction={openActionPanel}
                  onMoveAction={setMovingActionId}
                />
              </>
            }
          />
        </main>
        {openAction && planShown && (
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
    </BoardNavigationContext.Provider>
  );
}
