import * as Y from "yjs";
import { metaRoot } from "./roots";
import type { BoardMeta } from "./types";

export type EditableMetaField = "area" | "periodStart" | "periodEnd";

/** The board title as a Y.Text, created on first use, so concurrent edits merge character by character. */
export function getBoardTitleText(doc: Y.Doc): Y.Text {
  const meta = metaRoot(doc);
  const existing = meta.get("title");
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text(typeof existing === "string" ? existing : "");
  meta.set("title", text);
  return text;
}

function readString(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  if (typeof value === "string") return value;
  if (value instanceof Y.Text) return value.toString();
  return "";
}

export function readMeta(doc: Y.Doc): BoardMeta {
  const meta = metaRoot(doc);
  const version = meta.get("schemaVersion");
  return {
    schemaVersion: typeof version === "number" ? version : 0,
    title: readString(meta, "title"),
    area: readString(meta, "area"),
    periodStart: readString(meta, "periodStart"),
    periodEnd: readString(meta, "periodEnd"),
    template: readString(meta, "template"),
    createdAt: readString(meta, "createdAt"),
  };
}

export function setMetaField(doc: Y.Doc, field: EditableMetaField, value: string): void {
  metaRoot(doc).set(field, value);
}

export function readSchemaVersion(doc: Y.Doc): number {
  const version = metaRoot(doc).get("schemaVersion");
  return typeof version === "number" ? version : 0;
}

export function writeSchemaVersion(doc: Y.Doc, version: number): void {
  metaRoot(doc).set("schemaVersion", version);
}

/** Which version a board was last restored from; written by every restore, in its own transaction. */
export interface RestoreMarker {
  snapshotId: string;
  label: string;
  at: string;
}

const RESTORE_KEY = "restoredFrom";

export function writeRestoreMarker(doc: Y.Doc, marker: RestoreMarker): void {
  metaRoot(doc).set(RESTORE_KEY, { ...marker });
}

export function readRestoreMarker(doc: Y.Doc): RestoreMarker | undefined {
  const value = metaRoot(doc).get(RESTORE_KEY);
  if (typeof value !== "object" || value === null) return undefined;
  const { snapshotId, label, at } = value as Record<string, unknown>;
  return typeof snapshotId === "string" && typeof label === "string" && typeof at === "string"
    ? { snapshotId, label, at }
    : undefined;
}

/**
 * Call `onRestore` whenever a restore reaches this replica from elsewhere. A restore arrives as a
 * remote change, so undo stacks must be cleared: undoing an edit made before it would re-apply old
 * content on top of the restored board (a title came back doubled).
 */
export function onRemoteRestore(doc: Y.Doc, onRestore: (marker: RestoreMarker) => void): () => void {
  const meta = metaRoot(doc);
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.transaction.local || !event.keysChanged.has(RESTORE_KEY)) return;
    const marker = readRestoreMarker(doc);
    if (marker) onRestore(marker);
  };
  meta.observe(observer);
  return () => meta.unobserve(observer);
}
