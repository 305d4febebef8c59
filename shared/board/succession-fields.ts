import * as Y from "yjs";
import type { RecordMap } from "./roots";
import { getTextField } from "./record";
import { wellFormed } from "./text";
import { recordConfidential } from "./confidential-log";
import { peekBusinesses } from "./succession-root";
import type { BusinessTextField } from "./succession-businesses";
import { isExitTimeline, isFinanceOption, isOwnershipRoute, type FinanceOption } from "./succession-types";

function business(doc: Y.Doc, id: string): RecordMap | undefined {
  return peekBusinesses(doc)?.get(id);
}

/** The business's name as shared text, for co-editing in a plain input. */
export function getBusinessNameText(doc: Y.Doc, id: string): Y.Text | undefined {
  const record = business(doc, id);
  return record ? getTextField(record, "name") : undefined;
}

export function setBusinessField(doc: Y.Doc, id: string, field: BusinessTextField, value: string): void {
  const record = business(doc, id);
  if (!record) return;
  if (field === "route" && value !== "" && !isOwnershipRoute(value))
    throw new Error(`Unknown route: ${value}`);
  if (field === "exitTimeline" && value !== "" && !isExitTimeline(value)) {
    throw new Error(`Unknown exit timeline: ${value}`);
  }
  // A lone surrogate would stay on this replica but arrive as U+FFFD on every other one.
  record.set(field, wellFormed(value));
}

/** Whole employees, or null when not known. */
export function setBusinessEmployees(doc: Y.Doc, id: string, employees: number | null): void {
  const value = employees === null || !Number.isFinite(employees) ? null : Math.max(0, Math.round(employees));
  business(doc, id)?.set("employees", value);
}

export function setBusinessConfidential(doc: Y.Doc, id: string, confidential: boolean): void {
  const record = business(doc, id);
  if (!record) return;
  doc.transact(() => {
    record.set("confidential", confidential);
    recordConfidential(doc, id, confidential);
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types differ only in their event type.
function childOf<T extends Y.AbstractType<any>>(record: RecordMap, key: string, type: new () => T): T {
  const existing = record.get(key);
  if (existing instanceof type) return existing;
  const created = new type();
  record.set(key, created);
  return created;
}

export function setFinanceOption(doc: Y.Doc, id: string, option: FinanceOption, chosen: boolean): void {
  const record = business(doc, id);
  if (!record || !isFinanceOption(option)) return;
  doc.transact(() => {
    const options = childOf<Y.Array<string>>(record, "financeOptions", Y.Array);
    const items = options.toArray();
    if (chosen && !items.includes(option)) options.push([option]);
    // Delete from the end so indexes stay valid; a concurrent double add is removed whole.
    if (!chosen) for (let i = items.length - 1; i >= 0; i--) if (items[i] === option) options.delete(i, 1);
  });
}

/** Linked actions are a set (a Y.Map keyed by action id): adding twice at once still links once. */
export function setActionLink(doc: Y.Doc, id: string, actionId: string, linked: boolean): void {
  const record = business(doc, id);
  if (!record) return;
  doc.transact(() => {
    const links = childOf<Y.Map<boolean>>(record, "linkedActions", Y.Map);
    if (linked) links.set(actionId, true);
    else links.delete(actionId);
  });
}

/** The notes fragment if there is one; never writes (safe in exports and renders). */
export function peekBusinessNotes(doc: Y.Doc, id: string): Y.XmlFragment | undefined {
  const notes = business(doc, id)?.get("notes");
  return notes instanceof Y.XmlFragment ? notes : undefined;
}

/** The business's rich-text notes: hand this to Tiptap's Collaboration `fragment` option. */
export function getBusinessNotes(doc: Y.Doc, id: string): Y.XmlFragment | undefined {
  const record = business(doc, id);
  return record ? childOf(record, "notes", Y.XmlFragment) : undefined;
}
