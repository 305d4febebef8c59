import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ERROR_CODE, type ErrorBody, type ErrorCode } from "../../shared/api/schemas";

export type ErrorIssue = { path: string; message: string };

/** An HTTP error with a code from ERROR_CODE; the app's onError turns it into `{"error":{...}}`. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(status, { message });
  }

  toBody(): ErrorBody {
    const error: ErrorBody["error"] = { code: this.code, message: this.message };
    if (this.issues) error.issues = this.issues;
    return { error };
  }
}

export const boardNotFound = (): ApiError => new ApiError(404, ERROR_CODE.unknownBoard, "board not found");

export const routeNotFound = (): ApiError => new ApiError(404, ERROR_CODE.notFound, "no such endpoint");
