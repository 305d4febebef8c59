import * as Y from "yjs";
import type { RecordMap } from "./roots";
import { readString } from "./record";
import { orderKeyAt, sortOrdered } from "./order";
import { newRecordId } from "./ids";
import { wellFormed } from "./text";
import { recordConfidential } from "./confidential-log";
import { peekBusinesses } from "./succession-root";
import {
  isExitTimeline,
  isFinanceOption,
  isOwnershipRoute,
  type BusinessPosition,
  type BusinessView,
  type FinanceOption,
} from "./succession-types";

export type BusinessTextField =
  "sector" | "exitTimeline" | "route" | "financeOther" | "adviser" | "contact" | "nextStep" | "nextStepDate";

export interface NewBusiness {
  name: string;
  stageId: string;
  fields?: Partial<Record<BusinessTextField, string>>;
  employees?: number | null;
  financeOptions?: FinanceOption[];
  confidential?: boolean;
  linkedActionIds?: string[];
  /** Position within the stage; default: the end. */
  index?: number;
}

function readBusinessPosition(record: RecordMap): BusinessPosition {
  const value = record.get("position");
  if (value && typeof value === "object") {
    const { stageId, order } = value as Partial<BusinessPosition>;
    return {
      stageId: typeof stageId === "string" ? stageId : "",
      order: typeof order === "string" ? order : "a0",
    };
  }
  return { stageId: "", order: "a0" };
}

function writeBusinessPosition(record: RecordMap, position: BusinessPosition): void {
  record.set("position", { stageId: position.stageId, order: position.order });
}

function readStrings(value: unknown): string[] {
  return value instanceof Y.Array ? value.toArray().filter((item) => typeof item === "string") : [];
}

export function readBusiness(id: string, record: RecordMap): BusinessView {
  const position = readBusinessPosition(record);
  const employees = record.get("employees");
  const exitTimeline = record.get("exitTimeline");
  const route = record.get("route");
  const links = record.get("linkedActions");
  return {
    id,
    name: readString(record, "name"),
    sector: readString(record, "sector"),
    employees: typeof employees === "number" && Number.isFinite(employees) ? employees : null,
    exitTimeline: isExitTimeline(exitTimeline) ? exitTimeline : "",
    route: isOwnershipRoute(route) ? route : "",
    financeOptions: [...new Set(readStrings(record.get("financeOptions")).filter(isFinanceOption))],
    financeOther: readString(record, "financeOther"),
    adviser: readString(record, "adviser"),
    contact: readString(record, "contact"),
    nextStep: readString(record, "nextStep"),
    nextStepDate: readString(record, "nextStepDate"),
    linkedActionIds: links instanceof Y.Map ? [...links.keys()].sort() : [],
    confidential: record.get("confidential") === true,
    stageId: position.stageId,
    order: position.order,
    createdAt: readString(record, "createdAt"),
  };
}

export function listBusinesses(doc: Y.Doc): BusinessView[] {
  return [...(peekBusinesses(doc)?.entries() ?? [])].map(([id, record]) => readBusiness(id, record));
}

export function findBusiness(doc: Y.Doc, id: string): BusinessView | undefined {
  const record = peekBusinesses(doc)?.get(id);
  return record ? readBusiness(id, record) : undefined;
}

export function listStageBusinesses(doc: Y.Doc, stageId: string): BusinessView[] {
  return sortOrdered(listBusinesses(doc).filter((business) => business.stageId === stageId));
}

/** Build a business record; `id`, `order` and `createdAt` come from the caller (create or import). */
export function newBusinessRecord(
  id: string,
  business: NewBusiness,
  order: string,
  createdAt: string,
): RecordMap {
  const record: RecordMap = new Y.Map();
  record.set("id", id);
  record.set("name", new Y.Text(wellFormed(business.name)));
  record.set("notes", new Y.XmlFragment());
  for (const [key, value] of Object.entries(business.fields ?? {})) record.set(key, wellFormed(value));
  record.set("employees", business.employees ?? null);
  const finance = new Y.Array<string>();
  finance.push(business.financeOptions ?? []);
  record.set("financeOptions", finance);
  const links = new Y.Map<boolean>();
  for (const actionId of business.linkedActionIds ?? []) links.set(actionId, true);
  record.set("linkedActions", links);
  record.set("confidential", business.confidential ?? false);
  record.set("createdAt", createdAt);
  writeBusinessPosition(record, { stageId: business.stageId, order });
  return record;
}

export function createBusiness(doc: Y.Doc, business: NewBusiness): string {
  const businesses = peekBusinesses(doc);
  if (!businesses) return "";
  const id = newRecordId();
  doc.transact(() => {
    const siblings = listStageBusinesses(doc, business.stageId);
    const order = orderKeyAt(siblings, business.index ?? siblings.length);
    businesses.set(id, newBusinessRecord(id, business, order, new Date().toISOString()));
    if (business.confidential) recordConfidential(doc, id, true);
  });
  return id;
}

/** Move a business to `index` within a stage; the same stage reorders it. */
export function moveBusiness(doc: Y.Doc, id: string, stageId: string, index: number): void {
  doc.transact(() => {
    const record = peekBusinesses(doc)?.get(id);
    if (!record) return;
    const siblings = listStageBusinesses(doc, stageId).filter((business) => business.id !== id);
    writeBusinessPosition(record, { stageId, order: orderKeyAt(siblings, index) });
  });
}

export function deleteBusiness(doc: Y.Doc, id: string): void {
  peekBusinesses(doc)?.delete(id);
}
