import { z } from "zod";
import type { BoardSummary } from "./schemas";

/** What a credential lets its holder do on one board; each role includes the ones before it. */
export const ROLES = ["viewer", "editor", "facilitator"] as const;
export type Role = (typeof ROLES)[number];

/** The roles a facilitator can hand out as share links. */
export const LINK_ROLES = ["editor", "viewer"] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export function hasRole(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

export const LINK_LABEL_MAX_LENGTH = 100;

export const createLinkRequest = z.object({
  role: z.enum(LINK_ROLES, { error: `role must be one of: ${LINK_ROLES.join(", ")}` }),
  label: z
    .string()
    .trim()
    .max(LINK_LABEL_MAX_LENGTH, `label must be at most ${LINK_LABEL_MAX_LENGTH} characters`)
    .optional(),
});
export type CreateLinkRequest = z.infer<typeof createLinkRequest>;

/** A share link as listed: never its token. `label` is null when none was given. */
export interface LinkSummary {
  id: string;
  role: Role;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** `POST /api/boards/:id/links` answer: the token is shown this once and never again. */
export interface CreatedLink {
  id: string;
  role: LinkRole;
  label: string | null;
  /** `/b/<boardId>#token=<token>`: the secret rides in the fragment, which never reaches a server or a Referer. */
  url: string;
  token: string;
  createdAt: string;
}

/** `POST /api/boards` answer: the board plus its facilitator credential, shown this once. */
export interface CreatedBoard extends BoardSummary {
  facilitatorToken: string;
  facilitatorUrl: string;
}

/** `GET /api/boards/:id/me` and `POST /api/boards/:id/session` answer. */
export interface AccessInfo {
  boardId: string;
  role: Role;
}

/** The name of the httpOnly cookie holding a browser's session for one board. */
export function sessionCookieName(boardId: string): string {
  return `coplan_session_${boardId}`;
}

/** The app URL that opens a board with a link token (in the fragment). */
export function linkUrl(boardId: string, token: string): string {
  return `/b/${boardId}#token=${token}`;
}
