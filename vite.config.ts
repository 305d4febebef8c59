import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { preloadApp } from "./client/build/preload-app.ts";

const serverPort = Number(process.env.PORT ?? 8787);

// The client lives in client/; the Hono server serves client/dist in production
// and the Vite dev server proxies the API and the sync socket to it in development.
export default defineConfig({
  root: "client",
  plugins: [react(), preloadApp(["/client/app/start-app.tsx", "/client/board/BoardPage.tsx"])],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      // Only API calls: the client's own source under client/api/ (e.g. /api/boards.ts) is Vite's to serve.
      "/api": {
        target: `http://127.0.0.1:${serverPort}`,
        bypass: (request) =>
          /\.[cm]?tsx?$/.test(request.url?.split("?")[0] ?? "") ? request.url : undefined,
      },
      // Only the socket: the client's own modules under client/sync/ (e.g. /sync/board-session.ts) are Vite's.
      "/sync": {
        target: `ws://127.0.0.1:${serverPort}`,
        ws: true,
        bypass: (request) =>
          /\.[cm]?tsx?$/.test(request.url?.split("?")[0] ?? "") ? request.url : undefined,
      },
    },
  },
  test: {
    root: ".",
    include: ["shared/**/*.test.ts", "server/**/*.test.ts", "client/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
