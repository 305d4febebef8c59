import { createElement, useSyncExternalStore } from "react";
import { RouterProvider } from "react-aria-components";
import { IdentityProvider } from "../identity/IdentityProvider";
import { HomePage } from "../home/HomePage";
import { BoardLoading } from "../board/BoardLoading";
import { NotFoundPage } from "./NotFoundPage";
import { navigate, useRoute } from "./navigation";
import { linkTokenGeneration, onLinkToken } from "../access/link-token";
import { useBoardPage } from "./use-board-page";

export function App() {
  const route = useRoute();
  // A link pasted into this tab changes only the fragment: a new generation opens the board afresh.
  const linkGeneration = useSyncExternalStore(onLinkToken, linkTokenGeneration);
  return (
    <RouterProvider navigate={(path) => navigate(path)}>
      <IdentityProvider>
        {route.name === "home" && <HomePage />}
        {route.name === "board" && (
          <BoardRoute key={`${route.boardId}:${linkGeneration}`} boardId={route.boardId} />
        )}
        {route.name === "not-found" && <NotFoundPage />}
      </IdentityProvider>
    </RouterProvider>
  );
}

/** The board (Yjs, Tiptap, drag and drop) is most of the code: the home page loads without it. */
function BoardRoute({ boardId }: { boardId: string }) {
  const page = useBoardPage();
  // The loaded module's own component, the same function on every render: not one made here.
  return page ? createElement(page, { boardId }) : <BoardLoading />;
}
