import type * as Y from "yjs";
import { actionsRoot, columnsRoot, themesRoot, type RecordMap } from "./roots";
import { getTextField, newTextRecord, readString } from "./record";
import { orderKeyAt, sortOrdered } from "./order";
import { newRecordId } from "./ids";
import { readPosition } from "./position";
import type { AxisItem } from "./types";

/** The two axes of the action-plan matrix: columns (Finance, Support, Inform) and themes (rows). */
export type Axis = "column" | "theme";

function axisRoot(doc: Y.Doc, axis: Axis): Y.Map<RecordMap> {
  return axis === "column" ? columnsRoot(doc) : themesRoot(doc);
}

function readAxisItem(id: string, record: RecordMap): AxisItem {
  return { id, title: readString(record, "title"), order: readString(record, "order", "a0") };
}

export function listAxis(doc: Y.Doc, axis: Axis): AxisItem[] {
  return sortOrdered([...axisRoot(doc, axis).entries()].map(([id, record]) => readAxisItem(id, record)));
}

/** Add a column or theme at `index` (default: the end). Returns its id. */
export function addAxisItem(doc: Y.Doc, axis: Axis, title: string, index?: number): string {
  const id = newRecordId();
  doc.transact(() => {
    const siblings = listAxis(doc, axis);
    const order = orderKeyAt(siblings, index ?? siblings.length);
    axisRoot(doc, axis).set(id, newTextRecord({ id, order }, title));
  });
  return id;
}

export function getAxisTitleText(doc: Y.Doc, axis: Axis, id: string): Y.Text | undefined {
  const record = axisRoot(doc, axis).get(id);
  return record ? getTextField(record, "title") : undefined;
}

/** Move a column or theme to `index` among the others. */
export function moveAxisItem(doc: Y.Doc, axis: Axis, id: string, index: number): void {
  doc.transact(() => {
    const record = axisRoot(doc, axis).get(id);
    if (!record) return;
    const siblings = listAxis(doc, axis).filter((item) => item.id !== id);
    record.set("order", orderKeyAt(siblings, index));
  });
}

/** Delete a column or theme together with the actions in it. */
export function deleteAxisItem(doc: Y.Doc, axis: Axis, id: string): void {
  doc.transact(() => {
    axisRoot(doc, axis).delete(id);
    const actions = actionsRoot(doc);
    for (const [actionId, record] of [...actions.entries()]) {
      const position = readPosition(record);
      if ((axis === "column" ? position.columnId : position.themeId) === id) actions.delete(actionId);
    }
  });
}
