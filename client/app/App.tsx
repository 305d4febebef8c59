import { lazy, Suspense, useSyncExternalStore } from "react";
import { RouterProvider } from "react-aria-components";
import { IdentityProvider } from "../identity/IdentityProvider";
import { HomePage } from "../home/HomePage";
import { BoardLoading } from "../board/BoardLoading";
import { NotFoundPage } from "./NotFoundPage";
import { navigate, useRoute } from "./navigation";
import { linkTokenGeneration, onLinkToken } from "../access/link-token";

// The board (Yjs, Tiptap, drag and drop) is most of the code: the home page loads without it.
const BoardPage = lazy(() => import("../board/BoardPage").then((module) => ({ default: module.BoardPage })));

export function App() {
  const route = useRoute();
  // A link pasted into this tab changes only the fragment: a new generation opens the board afresh.
  const linkGeneration = useSyncExternalStore(onLinkToken, linkTokenGeneration);
  return (
    <RouterProvider navigate={(path) => navigate(path)}>
      <IdentityProvider>
        {route.name === "home" && <HomePage />}
        {route.name === "board" && (
          <Suspense fallback={<BoardLoading />}>
            <BoardPage key={`${route.boardId}:${linkGeneration}`} boardId={route.boardId} />
          </Suspense>
        )}
        {route.name === "not-found" && <NotFoundPage />}
      </IdentityProvider>
    </RouterProvider>
  );
}
