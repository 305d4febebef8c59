/** As client/build/preload-app.ts writes it into index.html (not imported: that module is build-time only). */
const APP_CHUNKS_META = "coplan-app-chunks";

let preloaded = false;

/**
 * Start fetching the app's code (listed in index.html at build time) without running it: scripts as
 * module preloads, stylesheets as style preloads, at low priority so that anything the page asked for
 * first goes first. Once per page: later calls do nothing.
 */
export function preloadAppChunks(): void {
  if (preloaded) return;
  preloaded = true;
  const list = document.querySelector<HTMLMetaElement>(`meta[name="${APP_CHUNKS_META}"]`)?.content;
  for (const href of list?.split(" ").filter(Boolean) ?? []) {
    const link = document.createElement("link");
    const style = href.endsWith(".css");
    link.rel = style ? "preload" : "modulepreload";
    if (style) link.as = "style";
    link.crossOrigin = "";
    link.href = href;
    link.setAttribute("fetchpriority", "low");
    document.head.append(link);
  }
}
