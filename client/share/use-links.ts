import { useCallback, useEffect, useState } from "react";
import type { LinkSummary } from "../../shared/api/roles";
import { listLinks } from "../api/access";

export type LinksState =
  { status: "loading" } | { status: "ready"; links: LinkSummary[] } | { status: "failed"; message: string };

/**
 * The links handed out, active first and newest first within each group. The facilitator's own link is
 * left out: revoking it here would lock the facilitator out of their plan.
 */
function ordered(links: LinkSummary[]): LinkSummary[] {
  return links
    .filter((link) => link.role !== "facilitator")
    .sort((a, b) => Number(!!a.revokedAt) - Number(!!b.revokedAt) || b.createdAt.localeCompare(a.createdAt));
}

export function useLinks(boardId: string): [LinksState, () => void] {
  const [state, setState] = useState<LinksState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    listLinks(boardId).then(
      (links) => current && setState({ status: "ready", links: ordered(links) }),
      (error: Error) => current && setState({ status: "failed", message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [boardId, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
