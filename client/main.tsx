// Global styles first, so each feature's stylesheet (imported by its components) can refine them.
import "./ui/tokens.css";
import "./ui/base.css";
import "./ui/buttons.css";
import "./ui/fields.css";
import "./ui/overlays.css";
import "./ui/radio-cards.css";
import { watchLinkTokens } from "./access/link-token";
import { showFirstView, showLoadFailure } from "./first-view/first-view";

// A share link's secret leaves the address bar before anything else runs or renders.
watchLinkTokens();
// On a board's address, its matrix is drawn from a small outline first; React, Yjs and the board's code
// (about a megabyte of script) are fetched and run only once it has painted, so they never delay it.
void showFirstView()
  .then(() => import("./app/start-app"))
  .then(({ startApp }) => startApp())
  .catch((error: unknown) => {
    // The app's code did not load: a read-only copy must not go on saying the board is on its way.
    showLoadFailure();
    throw error;
  });
