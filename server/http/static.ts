import { existsSync } from "node:fs";
import { join } from "node:path";
import { Hono, type MiddlewareHandler } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Coplan: client not built</title></head>
<body>
<h1>Coplan's web client has not been built</h1>
<p>The server is running, but <code>client/dist</code> is missing. Run <code>npm run build</code>, then reload
this page. (<code>npm start</code> builds it for you; for development use <code>npm run dev</code>.)</p>
</body>
</html>
`;

// Vite puts content-hashed files under /assets/: they never change, so they can be cached for good.
function withCacheHeaders(response: Response, requestPath: string): Response {
  const immutable = requestPath.startsWith("/assets/");
  response.headers.set("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

/** Serve the built client; paths without a file extension fall back to index.html (client-side routes). */
export function staticRoutes(clientDir: string): Hono {
  const indexFile = join(clientDir, "index.html");
  let handlers: { files: MiddlewareHandler; index: MiddlewareHandler } | undefined;
  // Built lazily and checked per request, so `npm run build` while the server runs is picked up.
  const clientHandlers = () =>
    (handlers ??= {
      files: serveStatic({ root: clientDir }),
      index: serveStatic({ root: clientDir, path: "index.html" }),
    });

  return new Hono().get("*", async (c, next) => {
    if (!existsSync(indexFile)) return c.html(NOT_BUILT_PAGE, 503);
    const { files, index } = clientHandlers();
    const served = await files(c, async () => {});
    if (served) return withCacheHeaders(served, c.req.path);
    const lastSegment = c.req.path.split("/").pop() ?? "";
    if (lastSegment.includes(".")) return next();
    const page = await index(c, async () => {});
    return page ? withCacheHeaders(page, "/index.html") : next();
  });
}
