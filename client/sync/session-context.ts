import { createContext, useContext, useSyncExternalStore } from "react";
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
