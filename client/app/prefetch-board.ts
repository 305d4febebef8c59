import { matchRoute } from "./route";
import { loadBoardPage } from "./board-page-loader";
import { startEarlySync } from "./start-early-sync";

/**
 * On a board's address, start what opening it needs at once and side by side: the board's code, the
 * access check (which exchanges a link's token for the session cookie) and, as soon as the check lets
 * it, the sync socket. Otherwise each waits for the one before: first render, then the chunk, then the
 * check, then the socket.
 */
export function prefetchBoard(): void {
  const route = matchRoute(location.pathname);
  if (route.name !== "board") return;
  loadBoardPage();
  startEarlySync(route.boardId);
}
