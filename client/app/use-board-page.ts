import { useSyncExternalStore } from "react";
import {
  boardPageFailure,
  loadBoardPage,
  loadedBoardPage,
  onBoardPageLoaded,
  type BoardPageComponent,
} from "./board-page-loader";

/**
 * The board page once its chunk (Yjs, Tiptap, drag and drop) has loaded, else undefined; starts the load.
 * Not `React.lazy` under Suspense: React holds a boundary's content back for up to 300 ms after its
 * fallback showed, and on a board's address that pushed the access check and the sync 300 ms later.
 */
export function useBoardPage(): BoardPageComponent | undefined {
  loadBoardPage();
  const page = useSyncExternalStore(onBoardPageLoaded, loadedBoardPage);
  // As React.lazy would: a chunk that cannot load is an error for the nearest error boundary.
  const failure = boardPageFailure();
  if (failure !== undefined) throw failure;
  return page;
}
