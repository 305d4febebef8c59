import { useEffect, useRef, useState } from "react";
import { checkAccess, takeEarlyAccess } from "./check-access";
import type { BoardAccess } from "./resolve-access";

/** What this browser may do on the board, checked with the server before any socket opens. */
export function useBoardAccess(boardId: string): [BoardAccess, () => void] {
  // The check started as the page loaded (prefetchAccess) has often answered by the time this mounts.
  const [access, setAccess] = useState<BoardAccess>(() => takeEarlyAccess(boardId) ?? { status: "checking" });
  const answeredEarly = useRef(access.status !== "checking");
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (answeredEarly.current) {
      answeredEarly.current = false;
      return;
    }
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
