import { useEffect, useState } from "react";
import { fetchAccess, startSession } from "../api/access";
import { facilitatorToken } from "./facilitator-links";
import { forgetLinkToken, pendingLinkToken } from "./link-token";
import { resolveAccess, type BoardAccess } from "./resolve-access";

// One check per board at a time: React's development double effects must not exchange a token twice.
const inFlight = new Map<string, Promise<BoardAccess>>();

function checkAccess(boardId: string): Promise<BoardAccess> {
  const running = inFlight.get(boardId);
  if (running) return running;
  const linkToken = pendingLinkToken(boardId);
  const check = resolveAccess({
    linkToken,
    savedToken: facilitatorToken(localStorage, boardId),
    startSession: (token) => startSession(boardId, token),
    fetchAccess: () => fetchAccess(boardId),
    onLinkTokenUsed: () => linkToken && forgetLinkToken(boardId, linkToken),
  }).finally(() => inFlight.delete(boardId));
  inFlight.set(boardId, check);
  return check;
}

/** What this browser may do on the board, checked with the server before any socket opens. */
export function useBoardAccess(boardId: string): [BoardAccess, () => void] {
  const [access, setAccess] = useState<BoardAccess>({ status: "checking" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void checkAccess(boardId).then((result) => current && setAccess(result));
    return () => {
      current = false;
    };
  }, [boardId, attempt]);
  const retry = () => {
    setAccess({ status: "checking" });
    setAttempt((n) => n + 1);
  };
  return [access, retry];
}
