import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ERROR_CODE } from "../shared/api/schemas";
import type { AppDeps } from "./http/app-deps";
import { ApiError, routeNotFound } from "./http/api-error";
import { handleErrors } from "./http/error-handler";
import { securityHeaders } from "./http/security-headers";
import { healthRoutes } from "./http/health";
import { templateRoutes } from "./http/templates";
import { boardRoutes } from "./http/boards";
import { exportRoutes } from "./http/export";
import { linkRoutes } from "./http/links";
import { sessionRoutes } from "./http/session";
import { staticRoutes } from "./http/static";
import { importRoutes } from "./http/import";
import { snapshotRoutes } from "./http/snapshots";
import { diffRoutes } from "./http/diff";
import { openDataRoutes } from "./http/open-data";
import { outlineRoutes } from "./http/outline";

export type { AppDeps } from "./http/app-deps";

const IMPORT_PATH = "/api/boards/import";

function sizeLimit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, ERROR_CODE.payloadTooLarge, `request body is larger than ${maxSize} bytes`);
    },
  });
}

/** The HTTP app: routes and middleware, no listening and no globals (tests call `app.request()`). */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(handleErrors(deps.logger));
  app.notFound((c) => c.json(routeNotFound().toBody(), 404));
  app.use(securityHeaders());
  const apiBodyLimit = sizeLimit(deps.config.maxBodyBytes);
  // A JSON export is far larger than any other request: the import has its own limit.
  const importBodyLimit = sizeLimit(deps.config.maxImportBytes);
  app.use("/api/*", (c, next) => (c.req.path === IMPORT_PATH ? importBodyLimit : apiBodyLimit)(c, next));

  app.route("/api/health", healthRoutes(deps));
  app.route("/api/templates", templateRoutes());
  app.route("/api/boards", importRoutes(deps));
  app.route("/api/boards", boardRoutes(deps));
  app.route("/api/boards", exportRoutes(deps));
  app.route("/api/boards", snapshotRoutes(deps));
  app.route("/api/boards", diffRoutes(deps));
  app.route("/api/boards", linkRoutes(deps));
  app.route("/api/boards", sessionRoutes(deps));
  app.route("/api/boards", outlineRoutes(deps));
  app.route("/api/open-data", openDataRoutes());
  app.all("/api/*", () => {
    throw routeNotFound();
  });
  // A plain GET to the sync endpoint (no WebSocket upgrade) is not a page of the app.
  app.all("/sync/*", () => {
    throw routeNotFound();
  });
  app.route("/", staticRoutes(deps.config.clientDir));
  return app;
}
