import type { CreateBoardRequest, TemplateSummary } from "../../shared/api/schemas";
import type { CreatedBoard } from "../../shared/api/roles";
import { requestJson } from "./request-json";

export function createBoard(request: CreateBoardRequest): Promise<CreatedBoard> {
  return requestJson<CreatedBoard>("/api/boards", { method: "POST", body: JSON.stringify(request) });
}

export async function listTemplates(): Promise<TemplateSummary[]> {
  const body = await requestJson<{ templates: TemplateSummary[] }>("/api/templates");
  return body.templates;
}

export function boardApiPath(boardId: string, rest = ""): string {
  return `/api/boards/${encodeURIComponent(boardId)}${rest}`;
}
