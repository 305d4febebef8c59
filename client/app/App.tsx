import { lazy, Suspense } from "react";
import { RouterProvider } from "react-aria-components";
import { IdentityProvider } from "../identity/IdentityProvider";
import { HomePage } from "../home/HomePage";
import { BoardLoading } from "../board/BoardLoading";
import { NotFoundPage } from "./NotFoundPage";
import { navigate, useRoute } from "./navigation";

// The board (Yjs, Tiptap, drag and drop) is most of the code: the home page loads without it.
const BoardPage = lazy(() => import("../board/BoardPage").then((module) => ({ default: module.BoardPage })));

export function App() {
  const route = useRoute();
  return (
    <RouterProvider navigate={(path) => navigate(path)}>
      <IdentityProvider>
        {route.name === "home" && <HomePage />}
        {route.name === "board" && (
          <Suspense fallback={<BoardLoading />}>
            <BoardPage key={route.boardId} boardId={route.boardId} />
          </Suspense>
        )}
        {route.name === "not-found" && <NotFoundPage />}
      </IdentityProvider>
    </RouterProvider>
  );
}
