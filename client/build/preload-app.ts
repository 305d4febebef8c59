import type { Plugin } from "vite";

/**
 * The entry (client/main.tsx) imports the app only once a board's first view is painted, so that the
 * app's start-up never delays it. Left to that import, the app's code would only start downloading then;
 * `modulepreload` links for the app's chunk and everything it imports statically let the browser fetch and
 * compile them while the first view is fetched and drawn, and run them the moment they are imported.
 */
export function preloadApp(appModule: string): Plugin {
  return {
    name: "coplan:preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) =>
          output.type === "chunk" ? [output] : [],
        );
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`preload-app: no chunk for ${appModule} in the build`);
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file) || html.includes(`/${file}"`)) return;
          files.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
        };
        visit(app.fileName);
        return [...files].map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}
