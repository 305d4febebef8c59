import type { Axis } from "../../shared/board";

export const AXIS_NOUN: Record<Axis, string> = { theme: "theme", column: "column" };

export const AXIS_MOVES: Record<Axis, { earlier: string; later: string }> = {
  theme: { earlier: "Move up", later: "Move down" },
  column: { earlier: "Move left", later: "Move right" },
};

export function axisTitle(axis: Axis, title: string): string {
  return title || `Untitled ${AXIS_NOUN[axis]}`;
}

export function actionCount(count: number): string {
  return count === 1 ? "1 action" : `${count} actions`;
}
