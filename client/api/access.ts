import type { AccessInfo, CreatedLink, CreateLinkRequest, LinkSummary } from "../../shared/api/roles";
import { boardApiPath } from "./boards";
import { bearer, requestEmpty, requestJson } from "./request-json";

/** Trade a link token for this browser's httpOnly session cookie on the board. */
export function startSession(boardId: string, token: string): Promise<AccessInfo> {
  return requestJson<AccessInfo>(boardApiPath(boardId, "/session"), {
    method: "POST",
    headers: bearer(token),
  });
}

/** Who this browser is on the board (from its cookie). */
export function fetchAccess(boardId: string): Promise<AccessInfo> {
  return requestJson<AccessInfo>(boardApiPath(boardId, "/me"));
}

export function createLink(boardId: string, request: CreateLinkRequest): Promise<CreatedLink> {
  return requestJson<CreatedLink>(boardApiPath(boardId, "/links"), {
    method: "POST",
    body: JSON.stringify(request),
  });
}

export async function listLinks(boardId: string): Promise<LinkSummary[]> {
  const body = await requestJson<{ links: LinkSummary[] }>(boardApiPath(boardId, "/links"));
  return body.links;
}

export function revokeLink(boardId: string, linkId: string): Promise<void> {
  return requestEmpty(boardApiPath(boardId, `/links/${encodeURIComponent(linkId)}`), { method: "DELETE" });
}
