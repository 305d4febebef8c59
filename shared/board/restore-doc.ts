import * as Y from "yjs";
import type { ROOT } from "./roots";
import { setText } from "./text";
import { writeRestoreMarker, type RestoreMarker } from "./meta";

/** The Yjs type of each root; every root is restored, so a section's data comes back with the rest. */
const ROOT_TYPES: Record<(typeof ROOT)[keyof typeof ROOT], "map" | "xml"> = {
  meta: "map",
  columns: "map",
  themes: "map",
  actions: "map",
  succession: "map",
  economy: "map",
  brief: "xml",
};

type Value = unknown;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A fresh copy of a value from another document, ready to be inserted into this one. */
function copyOf(value: Value): Value {
  return value instanceof Y.AbstractType ? value.clone() : value;
}

/** Make `target`'s entries equal to `source`'s, touching only the ones that differ. */
function reconcileMap(target: Y.Map<Value>, source: Y.Map<Value>): void {
  for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key);
  for (const [key, value] of source.entries()) {
    const current = target.get(key);
    if (value instanceof Y.Text && current instanceof Y.Text) {
      // Titles: only the changed middle, so carets in them survive.
      if (sameJson(current.toDelta(), value.toDelta())) continue;
      if (current.toDelta().length <= 1 && value.toDelta().length <= 1) setText(current, value.toString());
      else target.set(key, value.clone());
    } else if (value instanceof Y.Map && current instanceof Y.Map) {
      reconcileMap(current, value);
    } else if (value instanceof Y.XmlFragment && current instanceof Y.XmlFragment) {
      reconcileFragment(current, value);
    } else if (value instanceof Y.Array && current instanceof Y.Array) {
      if (!sameJson(current.toJSON(), value.toJSON())) {
        current.delete(0, current.length);
        current.insert(0, value.toArray().map(copyOf));
      }
    } else if (value instanceof Y.AbstractType || current instanceof Y.AbstractType) {
      if (!(value instanceof Y.AbstractType) || !(current instanceof Y.AbstractType))
        target.set(key, copyOf(value));
      else if (!sameJson(current.toJSON(), value.toJSON())) target.set(key, value.clone());
    } else if (!target.has(key) || !sameJson(current, value)) {
      target.set(key, value);
    }
  }
}

/** Rich text is replaced only when it differs, so people's carets in unchanged notes survive. */
function reconcileFragment(target: Y.XmlFragment, source: Y.XmlFragment): void {
  if (target.toString() === source.toString()) return;
  target.delete(0, target.length);
  target.insert(
    0,
    source.toArray().map((child) => child.clone() as Y.XmlElement | Y.XmlText),
  );
}

/**
 * Make `live` equal to `snapshot` (every root) as ONE transaction with `origin`: unchanged records
 * and fields are left alone, titles are edited in place, notes are replaced only when different.
 * With a `marker`, the board also records which version it was restored from, so every replica
 * knows a restore happened (see `onRemoteRestore`).
 */
export function restoreDocument(live: Y.Doc, snapshot: Y.Doc, origin: unknown, marker?: RestoreMarker): void {
  live.transact(() => {
    for (const [name, kind] of Object.entries(ROOT_TYPES)) {
      if (kind === "map") reconcileMap(live.getMap(name), snapshot.getMap(name));
      else reconcileFragment(live.getXmlFragment(name), snapshot.getXmlFragment(name));
    }
    if (marker) writeRestoreMarker(live, marker);
  }, origin);
}
