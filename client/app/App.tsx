import { RouterProvider } from "react-aria-components";
import { IdentityProvider } from "../identity/IdentityProvider";
import { HomePage } from "../home/HomePage";
import { BoardPage } from "../board/BoardPage";
import { NotFoundPage } from "./NotFoundPage";
import { navigate, useRoute } from "./navigation";

export function App() {
  const route = useRoute();
  return (
    <RouterProvider navigate={(path) => navigate(path)}>
      <IdentityProvider>
        {route.name === "home" && <HomePage />}
        {route.name === "board" && <BoardPage key={route.boardId} boardId={route.boardId} />}
        {route.name === "not-found" && <NotFoundPage />}
      </IdentityProvider>
    </RouterProvider>
  );
}
