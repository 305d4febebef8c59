import { useEffect, useState } from "react";
import { BoardSession } from "./board-session";
import { earlySessions } from "../app/early-session";
import type { GrantedAccess } from "../access/resolve-access";
import { keepOpen } from "./keep-open";
import type { LocalUser } from "../identity/user-store";

/**
 * The session for a board, connected while the component is mounted (key the component by board id):
 * the one the page load already opened for this very access answer (early-session.ts), else a new one.
 */
export function useBoardSession(
  boardId: string,
  grant: GrantedAccess,
  user: LocalUser | undefined,
): BoardSession {
  const [session] = useState(
    () => earlySessions.find(boardId, grant) ?? new BoardSession(boardId, grant.role),
  );
  useEffect(() => {
    earlySessions.claim(session);
    return keepOpen(session);
  }, [session]);
  useEffect(() => {
    if (user) session.setUser(user);
  }, [session, user]);
  return session;
}
