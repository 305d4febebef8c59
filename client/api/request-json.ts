import type { ErrorBody } from "../../shared/api/schemas";
import { ApiError } from "./api-error";

function isErrorBody(value: unknown): value is ErrorBody {
  if (!value || typeof value !== "object" || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return !!error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string";
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, {
      ...init,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        ...(init.body ? { "Content-Type": "application/json" } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  } catch {
    throw new ApiError(
      "Could not reach the Coplan server. Check your connection and try again.",
      0,
      "network_error",
    );
  }
}

function failure(response: Response, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const issues = Array.isArray(body.error.issues) ? body.error.issues : [];
    return new ApiError(body.error.message, response.status, body.error.code, issues);
  }
  return new ApiError(
    `The server answered with an unexpected response (HTTP ${response.status}). Please try again.`,
    response.status,
    "unexpected_response",
  );
}

export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init);
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return body as T;
  throw failure(response, body);
}

/** For calls answered with 204 No Content. */
export async function requestEmpty(path: string, init: RequestInit = {}): Promise<void> {
  const response = await send(path, init);
  if (response.ok) return;
  throw failure(response, await response.json().catch(() => undefined));
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
