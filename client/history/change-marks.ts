import { createContext, useContext } from "react";
import type { BoardDiff, RecordChange, RecordChangeType } from "../../shared/diff/types";

/** How a card is marked on a compared board; "removed" cards are listed beside it, not in a cell. */
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

const isAction = (change: RecordChange) => change.section === "matrix" && change.type === "action";

/** The marks for the matrix's cards: each added, changed or moved action by id. */
export function actionMarks(diff: BoardDiff): Map<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const change of diff.changes) {
    if (isAction(change) && change.change !== "removed") marks.set(change.id, change.change);
  }
  return marks;
}

/** Actions in the "from" version that the "to" version no longer has. */
export function removedActions(diff: BoardDiff): RecordChange[] {
  return diff.changes.filter((change) => isAction(change) && change.change === "removed");
}

export const ChangeMarksContext = createContext<ReadonlyMap<string, ChangeMark>>(new Map());

/** The compare view's mark for a card, or undefined on the live board and unchanged cards. */
export function useChangeMark(actionId: string): ChangeMark | undefined {
  return useContext(ChangeMarksContext).get(actionId);
}
