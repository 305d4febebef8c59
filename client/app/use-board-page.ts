import { useSyncExternalStore } from "react";
import type { BoardPage } from "../board/BoardPage";

type BoardPageComponent = typeof BoardPage;

let loaded: BoardPageComponent | undefined;
let failure: unknown;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load(): void {
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The board page once its chunk (Yjs, Tiptap, drag and drop) has loaded, else undefined; starts the load.
 * Not `React.lazy` under Suspense: React holds a boundary's content back for up to 300 ms after its
 * fallback showed, and on a board's address that pushed the access check and the sync 300 ms later.
 */
export function useBoardPage(): BoardPageComponent | undefined {
  load();
  const page = useSyncExternalStore(subscribe, () => loaded);
  // As React.lazy would: a chunk that cannot load is an error for the nearest error boundary.
  if (failure !== undefined) throw failure;
  return page;
}
