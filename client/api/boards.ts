import type { BoardSummary, CreateBoardRequest, TemplateSummary } from "../../shared/api/schemas";
import { requestJson } from "./request-json";

export function createBoard(request: CreateBoardRequest): Promise<BoardSummary> {
  return requestJson<BoardSummary>("/api/boards", { method: "POST", body: JSON.stringify(request) });
}

export async function listTemplates(): Promise<TemplateSummary[]> {
  const body = await requestJson<{ templates: TemplateSummary[] }>("/api/templates");
  return body.templates;
}

export function boardExportUrl(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/export?format=json`;
}
