import { useEffect, useState } from "react";
import { BoardSession } from "./board-session";
import type { Role } from "../../shared/api/roles";
import type { LocalUser } from "../identity/user-store";

/** The session for a board, connected while the component is mounted (key the component by board id). */
export function useBoardSession(boardId: string, role: Role, user: LocalUser | undefined): BoardSession {
  const [session] = useState(() => new BoardSession(boardId, role));
  useEffect(() => {
    session.open();
    return () => session.close();
  }, [session]);
  useEffect(() => {
    if (user) session.setUser(user);
  }, [session, user]);
  return session;
}
