import type { ErrorBody, ErrorCode } from "../../shared/api/schemas";

export type ApiIssue = NonNullable<ErrorBody["error"]["issues"]>[number];

/** An HTTP API failure, carrying the server's own message (and, for validation, which fields failed). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ErrorCode | "network_error" | "unexpected_response",
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}
