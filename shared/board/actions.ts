import * as Y from "yjs";
import { actionsRoot, type RecordMap } from "./roots";
import { getTextField, readString } from "./record";
import { orderKeyAt, sortOrdered } from "./order";
import { newRecordId } from "./ids";
import { readPosition, writePosition } from "./position";
import { isActionStatus, type ActionStatus, type ActionView } from "./types";
import { wellFormed } from "./text";

export interface NewAction {
  title: string;
  themeId: string;
  columnId: string;
  owner?: string;
  partners?: string[];
  status?: ActionStatus;
  due?: string;
  milestone?: string;
  /** Position within the cell; default: the end. */
  index?: number;
}

export type ActionScalarField = "owner" | "status" | "due" | "milestone";

export function readAction(id: string, record: RecordMap): ActionView {
  const position = readPosition(record);
  const status = record.get("status");
  const partners = record.get("partners");
  return {
    id,
    title: readString(record, "title"),
    owner: readString(record, "owner"),
    partners: partners instanceof Y.Array ? partners.toArray().filter((p) => typeof p === "string") : [],
    status: isActionStatus(status) ? status : "idea",
    due: readString(record, "due"),
    milestone: readString(record, "milestone"),
    themeId: position.themeId,
    columnId: position.columnId,
    order: position.order,
    createdAt: readString(record, "createdAt"),
  };
}

export function listActions(doc: Y.Doc): ActionView[] {
  return [...actionsRoot(doc).entries()].map(([id, record]) => readAction(id, record));
}

export function findAction(doc: Y.Doc, id: string): ActionView | undefined {
  const record = actionsRoot(doc).get(id);
  return record ? readAction(id, record) : undefined;
}

export function listCell(doc: Y.Doc, themeId: string, columnId: string): ActionView[] {
  return sortOrdered(listActions(doc).filter((a) => a.themeId === themeId && a.columnId === columnId));
}

export function createAction(doc: Y.Doc, action: NewAction): string {
  const id = newRecordId();
  doc.transact(() => {
    const siblings = listCell(doc, action.themeId, action.columnId);
    const record: RecordMap = new Y.Map();
    record.set("id", id);
    record.set("title", new Y.Text(wellFormed(action.title)));
    record.set("notes", new Y.XmlFragment());
    record.set("owner", wellFormed(action.owner ?? ""));
    const partners = new Y.Array<string>();
    partners.push(action.partners ?? []);
    record.set("partners", partners);
    record.set("status", action.status ?? "idea");
    record.set("due", action.due ?? "");
    record.set("milestone", wellFormed(action.milestone ?? ""));
    record.set("createdAt", new Date().toISOString());
    writePosition(record, {
      themeId: action.themeId,
      columnId: action.columnId,
      order: orderKeyAt(siblings, action.index ?? siblings.length),
    });
    actionsRoot(doc).set(id, record);
  });
  return id;
}

export function getActionTitleText(doc: Y.Doc, id: string): Y.Text | undefined {
  const record = actionsRoot(doc).get(id);
  return record ? getTextField(record, "title") : undefined;
}

/** The notes fragment if the action has one; never writes (safe inside exports and renders). */
export function peekActionNotes(doc: Y.Doc, id: string): Y.XmlFragment | undefined {
  const notes = actionsRoot(doc).get(id)?.get("notes");
  return notes instanceof Y.XmlFragment ? notes : undefined;
}

/** The action's rich-text notes: hand this to Tiptap's Collaboration `fragment` option. */
export function getActionNotes(doc: Y.Doc, id: string): Y.XmlFragment | undefined {
  const record = actionsRoot(doc).get(id);
  if (!record) return undefined;
  const notes = record.get("notes");
  if (notes instanceof Y.XmlFragment) return notes;
  const created = new Y.XmlFragment();
  record.set("notes", created);
  return created;
}

export function getActionPartners(doc: Y.Doc, id: string): Y.Array<string> | undefined {
  const record = actionsRoot(doc).get(id);
  if (!record) return undefined;
  const partners = record.get("partners");
  if (partners instanceof Y.Array) return partners as Y.Array<string>;
  const created = new Y.Array<string>();
  record.set("partners", created);
  return created;
}

export function addPartner(doc: Y.Doc, id: string, partner: string): void {
  const name = partner.trim();
  const partners = getActionPartners(doc, id);
  if (!partners || !name || partners.toArray().includes(name)) return;
  partners.push([name]);
}

export function removePartner(doc: Y.Doc, id: string, partner: string): void {
  const partners = getActionPartners(doc, id);
  if (!partners) return;
  doc.transact(() => {
    // Delete from the end so indexes stay valid.
    const items = partners.toArray();
    for (let i = items.length - 1; i >= 0; i--) if (items[i] === partner) partners.delete(i, 1);
  });
}

export function setActionField(doc: Y.Doc, id: string, field: ActionScalarField, value: string): void {
  const record = actionsRoot(doc).get(id);
  if (!record) return;
  if (field === "status" && !isActionStatus(value)) throw new Error(`Unknown action status: ${value}`);
  record.set(field, wellFormed(value));
}

/** Move an action to `index` within the cell (themeId, columnId); the same cell reorders it. */
export function moveAction(doc: Y.Doc, id: string, themeId: string, columnId: string, index: number): void {
  doc.transact(() => {
    const record = actionsRoot(doc).get(id);
    if (!record) return;
    const siblings = listCell(doc, themeId, columnId).filter((a) => a.id !== id);
    writePosition(record, { themeId, columnId, order: orderKeyAt(siblings, index) });
  });
}

export function deleteAction(doc: Y.Doc, id: string): void {
  actionsRoot(doc).delete(id);
}
