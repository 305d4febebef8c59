import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { prefetchBoard } from "./prefetch-board";

/** Everything React: loaded once the first view (if any) is on screen, so it never delays it. */
export function startApp(): void {
  // On a board's address, its chunk, its access check and then its sync socket start now, not after React renders.
  prefetchBoard();
  const root = document.getElementById("root");
  if (!root) throw new Error("The page has no #root element.");
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
