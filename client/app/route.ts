import { isBoardId } from "../../shared/board/ids";

export type Route = { name: "home" } | { name: "board"; boardId: string } | { name: "not-found" };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "home" };
  const board = /^\/b\/([^/]+)$/.exec(path);
  if (board?.[1]) {
    const boardId = decodeURIComponent(board[1]);
    // A malformed id can never name a board: say so at once instead of opening a socket.
    return isBoardId(boardId) ? { name: "board", boardId } : { name: "not-found" };
  }
  return { name: "not-found" };
}

export function boardPath(boardId: string): string {
  return `/b/${encodeURIComponent(boardId)}`;
}
