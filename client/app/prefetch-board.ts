import { prefetchAccess } from "../access/check-access";
import { matchRoute } from "./route";
import { loadBoardPage } from "./board-page-loader";

/**
 * On a board's address, start what opening it needs at once and side by side: the board's code, and the
 * access check (which exchanges a link's token for the session cookie) that the socket waits for.
 * Otherwise each waits for the one before: first render, then the chunk, then the check, then the socket.
 */
export function prefetchBoard(): void {
  const route = matchRoute(location.pathname);
  if (route.name !== "board") return;
  loadBoardPage();
  prefetchAccess(route.boardId);
}
