import type { Plugin } from "vite";

/** The meta element the plugin writes and the first view reads: the app's chunks, space-separated. */
export const APP_CHUNKS_META = "coplan-app-chunks";

/**
 * The entry (client/main.tsx) imports the app only once a board's first view is painted, so the app's
 * start-up never delays it; left to that import, the app's code would only start downloading then. This
 * lists, in index.html, the app's chunk and the board page's (lazy) with everything they import
 * statically and the stylesheets they load: the entry preloads them (`preloadAppChunks`) once the
 * first view is painted (or the outline is slow, or there is none), so they never hold it back.
 */
export function preloadApp(appModules: string[]): Plugin {
  return {
    name: "coplan:preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) =>
          output.type === "chunk" ? [output] : [],
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file) || html.includes(`/${file}"`)) return;
          files.add(file);
          const chunk = byFile.get(file);
          for (const css of chunk?.viteMetadata?.importedCss ?? []) {
            if (!html.includes(`/${css}"`)) files.add(css);
          }
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        for (const module of appModules) {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`preload-app: no chunk for ${module} in the build`);
          visit(chunk.fileName);
        }
        return [
          {
            tag: "meta",
            attrs: { name: APP_CHUNKS_META, content: [...files].map((file) => `/${file}`).join(" ") },
            injectTo: "head" as const,
          },
        ];
      },
    },
  };
}
