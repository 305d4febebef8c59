import type { RecordMap } from "./roots";
import type { ActionPosition } from "./types";

/**
 * An action's cell and order live in ONE map value, so concurrent moves resolve last-writer-wins as a
 * whole: the card ends up in exactly one of the cells people chose, never half of each.
 */
export function readPosition(record: RecordMap): ActionPosition {
  const value = record.get("position");
  if (value && typeof value === "object") {
    const { themeId, columnId, order } = value as Partial<ActionPosition>;
    return {
      themeId: typeof themeId === "string" ? themeId : "",
      columnId: typeof columnId === "string" ? columnId : "",
      order: typeof order === "string" ? order : "a0",
    };
  }
  return { themeId: "", columnId: "", order: "a0" };
}

export function writePosition(record: RecordMap, position: ActionPosition): void {
  record.set("position", { themeId: position.themeId, columnId: position.columnId, order: position.order });
}
