import type * as Y from "yjs";
import { cellKey, type ActionStatus, type ActionView } from "./types";
import { readBoard } from "./read-board";

/** What a card of the first view says: the same facts as the live card, none of the notes. */
export interface OutlineAction {
  title: string;
  owner: string;
  status: ActionStatus;
  due: string;
  milestone: string;
  partnerCount: number;
}

/**
 * The action-plan matrix as plain data, for the read-only first view a board shows while its live
 * document and scripts are still loading: titles in matrix order, each cell's cards in board order.
 * No ids, notes or history: only what the live matrix shows on its cards.
 */
export interface BoardOutline {
  title: string;
  area: string;
  columns: string[];
  /** One row per theme: its title and, per column in `columns` order, the cell's cards. */
  rows: { title: string; cells: OutlineAction[][] }[];
  /** Actions placed in a cell (what the rows hold). */
  placedCount: number;
  /** Actions whose theme or column is gone: the live board lists them apart. */
  unplacedCount: number;
}

function toOutlineAction(action: ActionView): OutlineAction {
  const { title, owner, status, due, milestone, partners } = action;
  return { title, owner, status, due, milestone, partnerCount: partners.length };
}

export function readBoardOutline(doc: Y.Doc): BoardOutline {
  const board = readBoard(doc);
  const rows = board.themes.map((theme) => ({
    title: theme.title,
    cells: board.columns.map((column) =>
      (board.cells.get(cellKey(theme.id, column.id)) ?? []).map(toOutlineAction),
    ),
  }));
  return {
    title: board.meta.title,
    area: board.meta.area,
    columns: board.columns.map((column) => column.title),
    rows,
    placedCount: board.actionCount - board.unplaced.length,
    unplacedCount: board.unplaced.length,
  };
}
