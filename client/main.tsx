// Global styles first, so each feature's stylesheet (imported by its components) can refine them.
import "./ui/tokens.css";
import "./ui/base.css";
import "./ui/buttons.css";
import "./ui/fields.css";
import "./ui/overlays.css";
import "./ui/radio-cards.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { watchLinkTokens } from "./access/link-token";
import { prefetchBoard } from "./app/prefetch-board";

// A share link's secret leaves the address bar before anything else runs or renders.
watchLinkTokens();
// On a board's address, its chunk, its access check and then its sync socket start now, not after React renders.
prefetchBoard();

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
