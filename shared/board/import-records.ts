import * as Y from "yjs";
import { actionsRoot, columnsRoot, metaRoot, themesRoot, type RecordMap } from "./roots";
import { getBoardTitleText } from "./meta";
import { newTextRecord } from "./record";
import { writePosition } from "./position";
import type { ActionView, AxisItem, BoardMeta } from "./types";

/** Board details exactly as exported (import keeps the schema version, template and creation time). */
export function writeImportedMeta(doc: Y.Doc, meta: BoardMeta): void {
  doc.transact(() => {
    const root = metaRoot(doc);
    root.set("schemaVersion", meta.schemaVersion);
    getBoardTitleText(doc).insert(0, meta.title);
    root.set("area", meta.area);
    root.set("periodStart", meta.periodStart);
    root.set("periodEnd", meta.periodEnd);
    root.set("template", meta.template);
    root.set("createdAt", meta.createdAt);
  });
}

/** A column or theme with its own id and order key (import), unlike `addAxisItem` which mints them. */
export function insertAxisItem(doc: Y.Doc, axis: "column" | "theme", item: AxisItem): void {
  const root = axis === "column" ? columnsRoot(doc) : themesRoot(doc);
  root.set(item.id, newTextRecord({ id: item.id, order: item.order }, item.title));
}

/** An action with its own id, position and creation time; `fillNotes` writes its rich-text notes. */
export function insertAction(
  doc: Y.Doc,
  action: ActionView,
  fillNotes: (notes: Y.XmlFragment) => void,
): void {
  doc.transact(() => {
    const record: RecordMap = new Y.Map();
    record.set("id", action.id);
    record.set("title", new Y.Text(action.title));
    const notes = new Y.XmlFragment();
    record.set("notes", notes);
    record.set("owner", action.owner);
    const partners = new Y.Array<string>();
    partners.push(action.partners);
    record.set("partners", partners);
    record.set("status", action.status);
    record.set("due", action.due);
    record.set("milestone", action.milestone);
    record.set("createdAt", action.createdAt);
    writePosition(record, { themeId: action.themeId, columnId: action.columnId, order: action.order });
    actionsRoot(doc).set(action.id, record);
    // Filled once integrated: a fragment's children can only be read back after it joins the document.
    fillNotes(notes);
  });
}
