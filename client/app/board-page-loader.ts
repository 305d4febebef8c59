import type { BoardPage } from "../board/BoardPage";

export type BoardPageComponent = typeof BoardPage;

let loaded: BoardPageComponent | undefined;
let failure: unknown;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** Start loading the board page's chunk (Yjs, Tiptap, drag and drop), once. No React: prefetch-board.ts starts it before the app renders. */
export function loadBoardPage(): void {
  loading ??= import("../board/BoardPage").then(
    (module) => {
      loaded = module.BoardPage;
      listeners.forEach((listener) => listener());
    },
    (error: unknown) => {
      failure = error;
      listeners.forEach((listener) => listener());
    },
  );
}

export function onBoardPageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const loadedBoardPage = (): BoardPageComponent | undefined => loaded;
export const boardPageFailure = (): unknown => failure;
