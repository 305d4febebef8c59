import { createContext, useContext } from "react";
import type { BoardDiff, RecordChange, RecordChangeType } from "../../shared/diff/types";

/** How a card or header is marked on a compared board; removed ones are listed beside it instead. */
export type ChangeMark = Exclude<RecordChangeType, "removed">;

export const CHANGE_LABELS: Record<RecordChangeType, string> = {
  added: "Added",
  removed: "Removed",
  changed: "Changed",
  moved: "Moved",
};

/** A change's heading word; a record changed in place and moved says both. */
export function changeLabel(change: Pick<RecordChange, "change" | "moved">): string {
  return change.change === "changed" && change.moved ? "Changed and moved" : CHANGE_LABELS[change.change];
}

/** Records the matrix draws on the board: its cards and its theme and column headers. */
const BOARD_TYPES = new Set(["action", "theme", "column"]);
const isOnBoard = (change: RecordChange) => change.section === "matrix" && BOARD_TYPES.has(change.type);

/** The marks for the matrix: each added, changed or moved action, theme and column by id. */
export function boardMarks(diff: BoardDiff): Map<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const change of diff.changes) {
    if (isOnBoard(change) && change.change !== "removed") marks.set(change.id, change.change);
  }
  return marks;
}

/** Actions, themes and columns in the "from" version that the "to" version no longer has. */
export function removedFromBoard(diff: BoardDiff): RecordChange[] {
  return diff.changes.filter((change) => isOnBoard(change) && change.change === "removed");
}

export const ChangeMarksContext = createContext<ReadonlyMap<string, ChangeMark>>(new Map());

/** The compare view's mark for a card or header, or undefined on the live board and unchanged ones. */
export function useChangeMark(recordId: string): ChangeMark | undefined {
  return useContext(ChangeMarksContext).get(recordId);
}
