import * as Y from "yjs";
import type { RecordMap } from "./roots";
import { wellFormed } from "./text";

export function readString(record: RecordMap, key: string, fallback = ""): string {
  const value = record.get(key);
  if (typeof value === "string") return value;
  if (value instanceof Y.Text) return value.toString();
  return fallback;
}

/** A record's Y.Text field, converting a plain string left by older data on first use. */
export function getTextField(record: RecordMap, key: string): Y.Text {
  const existing = record.get(key);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text(typeof existing === "string" ? existing : "");
  record.set(key, text);
  return text;
}

export function newTextRecord(fields: Record<string, unknown>, title: string): RecordMap {
  const record: RecordMap = new Y.Map();
  for (const [key, value] of Object.entries(fields)) record.set(key, value);
  record.set("title", new Y.Text(wellFormed(title)));
  return record;
}
