import * as Y from "yjs";
import { economyRoot, type RecordMap } from "./roots";
import { newRecordId } from "./ids";
import { wellFormed } from "./text";
import { COOP_PREFIX, ECONOMY_KEY, coopKey } from "./economy-keys";
import type { CoopFigure, CoopStatus, CoopView, Figure } from "../economy/types";
import type { OpenDataCoop } from "../economy/open-data";

type CoopFields = Omit<CoopView, "id" | "origin">;

function newCoopRecord(fields: CoopFields, origin: CoopView["origin"], localAuthority: string): RecordMap {
  const record: RecordMap = new Y.Map();
  record.set("name", fields.name);
  record.set("sector", fields.sector);
  record.set("legalForm", fields.legalForm);
  record.set("ownershipType", fields.ownershipType);
  record.set("status", fields.status);
  record.set("origin", origin);
  record.set("localAuthority", localAuthority);
  for (const figure of ["turnover", "employees", "members"] as const) record.set(figure, fields[figure]);
  return record;
}

const hasFigures = (record: RecordMap) => ["turnover", "employees", "members"].some((key) => record.get(key));

/**
 * Choose the local authority and list its co-operatives from the open data, keyed by their open-data
 * Identifier: two people choosing at once write the same keys, so the list converges to one copy.
 * Open-data co-operatives of a previous choice go, unless someone has recorded a figure for them.
 */
export function chooseLocalAuthority(doc: Y.Doc, name: string, openData: readonly OpenDataCoop[]): void {
  const root = economyRoot(doc);
  doc.transact(() => {
    root.set(ECONOMY_KEY.localAuthority, name);
    for (const [key, value] of [...root.entries()]) {
      if (!key.startsWith(COOP_PREFIX) || !(value instanceof Y.Map)) continue;
      if (value.get("origin") === "open-data" && value.get("localAuthority") !== name && !hasFigures(value))
        root.delete(key);
    }
    for (const coop of openData) {
      if (root.has(coopKey(coop.id))) continue;
      const fields = { ...coop, status: "active" as const, turnover: null, employees: null, members: null };
      root.set(coopKey(coop.id), newCoopRecord(fields, "open-data", name));
    }
  });
}

/** Add a co-operative the open data misses; returns its new id. */
export function addCoop(doc: Y.Doc, fields: CoopFields): string {
  const id = newRecordId();
  const root = economyRoot(doc);
  const localAuthority = root.get(ECONOMY_KEY.localAuthority);
  root.set(
    coopKey(id),
    newCoopRecord(fields, "manual", typeof localAuthority === "string" ? localAuthority : ""),
  );
  return id;
}

function coopRecord(doc: Y.Doc, id: string): RecordMap | undefined {
  const value = economyRoot(doc).get(coopKey(id));
  return value instanceof Y.Map ? (value as RecordMap) : undefined;
}

export type CoopTextField = "name" | "sector" | "legalForm" | "ownershipType";

export function setCoopText(doc: Y.Doc, id: string, field: CoopTextField, value: string): void {
  coopRecord(doc, id)?.set(field, wellFormed(value));
}

export function setCoopStatus(doc: Y.Doc, id: string, status: CoopStatus): void {
  coopRecord(doc, id)?.set("status", status);
}

/** Record a figure (or clear it with null). Validate it first: see `parseFigureValue`. */
export function setCoopFigure(doc: Y.Doc, id: string, figure: CoopFigure, value: Figure | null): void {
  coopRecord(doc, id)?.set(figure, value);
}

export function removeCoop(doc: Y.Doc, id: string): void {
  economyRoot(doc).delete(coopKey(id));
}

/** Apply a CSV import in one transaction: rows with an id update that co-operative, the rest are added. */
export function importCoops(doc: Y.Doc, coops: readonly (CoopFields & { id: string | null })[]): void {
  doc.transact(() => {
    for (const { id, ...fields } of coops) {
      const record = id ? coopRecord(doc, id) : undefined;
      if (!record) {
        addCoop(doc, fields);
        continue;
      }
      for (const [key, value] of Object.entries(fields)) {
        if (value !== null || key === "status") record.set(key, value);
      }
    }
  });
}

/** Import from a JSON export: the record with its own id and origin (`fromJson`). */
export function insertCoop(doc: Y.Doc, coop: CoopView, localAuthority: string): void {
  const { id, origin, ...fields } = coop;
  economyRoot(doc).set(coopKey(id), newCoopRecord(fields, origin, localAuthority));
}
