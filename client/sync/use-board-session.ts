import { useEffect, useState } from "react";
import { BoardSession } from "./board-session";
import type { LocalUser } from "../identity/user-store";

/** The session for a board, connected while the component is mounted (key the component by board id). */
export function useBoardSession(boardId: string, user: LocalUser | undefined): BoardSession {
  const [session] = useState(() => new BoardSession(boardId));
  useEffect(() => {
    session.open();
    return () => session.close();
  }, [session]);
  useEffect(() => {
    if (user) session.setUser(user);
  }, [session, user]);
  return session;
}
