import type { ErrorBody } from "../../shared/api/schemas";
import { ApiError } from "./api-error";

function isErrorBody(value: unknown): value is ErrorBody {
  if (!value || typeof value !== "object" || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return !!error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string";
}

export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: "application/json", ...(init.body ? { "Content-Type": "application/json" } : {}) },
    });
  } catch {
    throw new ApiError(
      "Could not reach the Coplan server. Check your connection and try again.",
      0,
      "network_error",
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return body as T;
  if (isErrorBody(body)) throw new ApiError(body.error.message, response.status, body.error.code);
  throw new ApiError(
    `The server answered with an unexpected response (HTTP ${response.status}). Please try again.`,
    response.status,
    "unexpected_response",
  );
}
