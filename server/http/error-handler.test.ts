import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { RoomUnavailableError, ServerBusyError } from "../sync/room-errors";
import { silentLogger } from "../sync/logger";
import { handleErrors } from "./error-handler";

function appThrowing(error: Error) {
  const app = new Hono();
  app.get("/", () => {
    throw error;
  });
  app.onError(handleErrors(silentLogger));
  return app;
}

describe("handleErrors", () => {
  it.each([
    ["too many boards open", new ServerBusyError("b")],
    ["a board shutting down or failing to load", new RoomUnavailableError("b")],
  ])("answers %s with 503 server_busy and Retry-After", async (_name, error) => {
    const response = await appThrowing(error).request("/");
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toEqual({ error: { code: "server_busy", message: error.message } });
  });

  it("answers anything unexpected with 500 internal_error, without its details", async () => {
    const response = await appThrowing(new Error("secret detail")).request("/");
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { code: "internal_error", message: "internal server error" },
    });
  });
});
