import type { BoardSummary } from "../../shared/api/schemas";
import type { BoardRecord } from "../storage/doc-store";

export function boardUrl(id: string): string {
  return `/b/${id}`;
}

/** Shown for a board whose title was cleared on the board (creation requires one). */
export const UNTITLED_BOARD_TITLE = "Untitled plan";

/** The API view of a board: the catalogue row with the live title and area from the document. */
export function toBoardSummary(record: BoardRecord, live: { title: string; area: string }): BoardSummary {
  return {
    id: record.id,
    title: live.title.trim() || UNTITLED_BOARD_TITLE,
    area: live.area,
    template: record.template,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    url: boardUrl(record.id),
  };
}
