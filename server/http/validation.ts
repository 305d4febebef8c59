import type { Context } from "hono";
import type { z } from "zod";
import { ERROR_CODE } from "../../shared/api/schemas";
import { ApiError, type ErrorIssue } from "./api-error";

export function issuesOf(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join(".") : "body",
    message: issue.message,
  }));
}

export function validationError(issues: ErrorIssue[]): ApiError {
  const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
  return new ApiError(400, ERROR_CODE.validation, message, issues);
}

/** Parse `input` with `schema`, or throw a 400 validation_error whose message names each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(issuesOf(result.error));
  return result.data;
}

/** The request body as JSON, or a 400 malformed_json. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, ERROR_CODE.malformedJson, "request body is not valid JSON");
  }
}
