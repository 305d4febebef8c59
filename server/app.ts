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

export type { AppDeps } from "./http/app-deps";

/** The HTTP app: routes and middleware, no listening and no globals (tests call `app.request()`). */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(handleErrors(deps.logger));
  app.notFound((c) => c.json(routeNotFound().toBody(), 404));
  app.use(securityHeaders());
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () => {
        throw new ApiError(
          413,
          ERROR_CODE.payloadTooLarge,
          `request body is larger than ${deps.config.maxBodyBytes} bytes`,
        );
      },
    }),
  );

  app.route("/api/health", healthRoutes(deps));
  app.route("/api/templates", templateRoutes());
  app.route("/api/boards", boardRoutes(deps));
  app.route("/api/boards", exportRoutes(deps));
  app.route("/api/boards", linkRoutes(deps));
  app.route("/api/boards", sessionRoutes(deps));
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
