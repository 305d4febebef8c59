import { z } from "zod";
import { TEMPLATE_IDS } from "../templates/index";
import { BOARD_ID_PATTERN } from "../board/ids";

export const TITLE_MAX_LENGTH = 200;

export const createBoardRequest = z.object({
  title: z
    .string({ error: "title is required" })
    .trim()
    .min(1, "title must not be empty")
    .max(TITLE_MAX_LENGTH, `title must be at most ${TITLE_MAX_LENGTH} characters`),
  template: z.enum(TEMPLATE_IDS, {
    error: `template must be one of: ${TEMPLATE_IDS.join(", ")}`,
  }),
  area: z.string().trim().max(TITLE_MAX_LENGTH).optional(),
  periodStart: z.string().trim().max(50).optional(),
  periodEnd: z.string().trim().max(50).optional(),
});
export type CreateBoardRequest = z.infer<typeof createBoardRequest>;

export const boardIdParam = z.object({
  id: z.string().regex(BOARD_ID_PATTERN, "board id must be 22 letters or digits"),
});

export interface BoardSummary {
  id: string;
  title: string;
  area: string;
  template: string;
  createdAt: string;
  updatedAt: string;
  /** Relative link to open the board in the app. */
  url: string;
}

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  columns: string[];
  themes: string[];
}

export const ERROR_CODE = {
  validation: "validation_error",
  malformedJson: "malformed_json",
  unknownBoard: "board_not_found",
  notFound: "not_found",
  payloadTooLarge: "payload_too_large",
  internal: "internal_error",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  rateLimited: "rate_limited",
  /** 503: too many boards open (the sync core's ServerBusyError) or the board's storage failed; retry later. */
  serverBusy: "server_busy",
  snapshotNotFound: "snapshot_not_found",
  /** 409: the board already holds SNAPSHOT_MAX_NAMED named versions; delete one first. */
  snapshotLimit: "snapshot_limit",
  /** An import that is not a Coplan board export, or whose content is invalid. */
  invalidImport: "invalid_import",
  /** An import written by a newer Coplan than this server (its formatVersion is higher). */
  unsupportedFormatVersion: "unsupported_format_version",
} as const;
export type ErrorCode = (typeof ERROR_CODE)[keyof typeof ERROR_CODE];

/** Every HTTP error body: `{ "error": { "code", "message" } }`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: { path: string; message: string }[] };
}
