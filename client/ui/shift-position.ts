/** One entry of a Y.Text delta: what a remote edit did to the text, in order. */
export interface TextDelta {
  retain?: number;
  insert?: unknown;
  delete?: number;
}

/**
 * Where a caret at `position` ends up after someone else's edit, so typing in a shared text field
 * is not interrupted by the caret jumping to the end. An insert exactly at the caret stays after it.
 */
export function shiftPosition(delta: readonly TextDelta[], position: number): number {
  let index = 0;
  let shifted = position;
  for (const op of delta) {
    if (op.retain !== undefined) {
      index += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === "string" ? op.insert.length : 1;
      if (index < shifted) shifted += length;
      index += length;
    } else if (op.delete !== undefined) {
      if (index < shifted) shifted -= Math.min(op.delete, shifted - index);
    }
    if (index > shifted) break;
  }
  return shifted;
}
