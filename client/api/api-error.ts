import type { ErrorCode } from "../../shared/api/schemas";

/** An HTTP API failure, carrying the server's own message so the UI can show it as is. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ErrorCode | "network_error" | "unexpected_response",
  ) {
    super(message);
    this.name = "ApiError";
  }
}
