/** As client/build/preload-app.ts writes it into index.html (not imported: that module is build-time only). */
const APP_CHUNKS_META = "coplan-app-chunks";

/**
 * Start fetching the app's code (listed in index.html at build time) without running it: scripts as
 * module preloads, stylesheets as style preloads, at low priority so the board's outline goes first.
 */
export function preloadAppChunks(): void {
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
