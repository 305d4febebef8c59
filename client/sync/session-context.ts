import { createContext, useContext, useSyncExternalStore } from "react";
import type { BoardView } from "../../shared/board";
import type { BoardSession } from "./board-session";

export const SessionContext = createContext<BoardSession | null>(null);

export function useSession(): BoardSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession needs a board session provider.");
  return session;
}

export function useBoardView() {
  const session = useSession();
  return useSyncExternalStore(session.view.subscribe, session.view.get);
}

/**
 * One part of the board view, for components that show only that part: they re-render when it changes
 * (by identity; the view reader keeps unchanged parts' objects), not on every edit to the board.
 */
export function useBoardViewPart<T>(select: (view: BoardView) => T): T {
  const session = useSession();
  return useSyncExternalStore(session.view.subscribe, () => select(session.view.get()));
}

export function usePresence() {
  const session = useSession();
  return useSyncExternalStore(session.presence.subscribe, session.presence.get);
}

export function useConnection() {
  const session = useSession();
  return useSyncExternalStore(session.connection.subscribe, session.connection.get);
}

export function useUndoState() {
  const session = useSession();
  return useSyncExternalStore(session.undoState.subscribe, session.undoState.get);
}

/** False for viewers: every editing control is left out or disabled. */
export function useCanEdit(): boolean {
  return useSession().canEdit;
}
