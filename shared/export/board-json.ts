import type * as Y from "yjs";
import type { AxisItem, BoardMeta } from "../board/types";
import { BOARD_SECTIONS } from "../sections/registry";
import type { Audience } from "../sections/section-id";
import type { ExportedMatrixAction, MatrixJson } from "../sections/matrix/matrix-json";

/** Identifies the file format; bump `EXPORT_FORMAT_VERSION` on any incompatible change (docs/export-format.md). */
export const EXPORT_FORMAT = "coplan-board";
export const EXPORT_FORMAT_VERSION = 1;

export type ExportedAxisItem = AxisItem;
export type ExportedAction = ExportedMatrixAction;

/** Which version of the board an export holds: a snapshot, or null for the live board. */
export interface ExportedSnapshot {
  id: string;
  label: string;
  createdAt: string;
}

export interface BoardExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  /** "publication" exports leave out what a section marks confidential. */
  audience: Audience;
  snapshot: ExportedSnapshot | null;
  board: { id: string } & BoardMeta;
  columns: ExportedAxisItem[];
  themes: ExportedAxisItem[];
  /** Matrix order: theme by theme, column by column, then by order within the cell; unplaced last. */
  actions: ExportedAction[];
  /** One key per other section (`succession`, `economy`, `brief`), each that section's `toJson`. */
  [section: string]: unknown;
}

export interface ExportOptions {
  now?: Date;
  audience?: Audience;
  snapshot?: ExportedSnapshot | null;
}

export function exportBoardJson(doc: Y.Doc, boardId: string, options: ExportOptions = {}): BoardExport {
  const audience = options.audience ?? "internal";
  const matrix: Record<string, unknown> = {};
  const others: Record<string, unknown> = {};
  for (const section of BOARD_SECTIONS) {
    const part = section.toJson(doc, audience);
    if (section.jsonKey === null) Object.assign(matrix, part);
    else others[section.jsonKey] = part;
  }
  const { board, columns, themes, actions } = matrix as Omit<MatrixJson, "board"> & { board: BoardMeta };
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    audience,
    snapshot: options.snapshot ?? null,
    board: { id: boardId, ...board },
    columns,
    themes,
    actions,
    ...others,
  };
}
