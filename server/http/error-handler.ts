import type { ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { ERROR_CODE, type ErrorCode } from "../../shared/api/schemas";
import type { Logger } from "../sync/logger";
import { RoomUnavailableError, ServerBusyError } from "../sync/room-errors";
import { RendererBusyError } from "../export/document-renderer";
import { ApiError } from "./api-error";
import { issuesOf, validationError } from "./validation";

const CODE_FOR_STATUS: Partial<Record<number, ErrorCode>> = {
  400: ERROR_CODE.validation,
  404: ERROR_CODE.notFound,
  413: ERROR_CODE.payloadTooLarge,
};

/** The app's one error handler: every failure leaves as `{"error":{"code","message"}}`. */
export function handleErrors(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    if (error instanceof z.ZodError) {
      const apiError = validationError(issuesOf(error));
      return c.json(apiError.toBody(), apiError.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const code = CODE_FOR_STATUS[error.status] ?? ERROR_CODE.validation;
      return c.json({ error: { code, message: error.message || code } }, error.status);
    }
    if (
      error instanceof ServerBusyError ||
      error instanceof RoomUnavailableError ||
      error instanceof RendererBusyError
    ) {
      // Retryable: too many boards open, a board shutting down or failing to load, or too many exports queued.
      c.header("Retry-After", "5");
      return c.json({ error: { code: ERROR_CODE.serverBusy, message: error.message } }, 503);
    }
    logger.error("request failed", { method: c.req.method, path: c.req.path, error });
    return c.json({ error: { code: ERROR_CODE.internal, message: "internal server error" } }, 500);
  };
}
