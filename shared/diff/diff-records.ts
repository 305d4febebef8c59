import { textChanges } from "./text-changes";
import type { DiffField, DiffRecord, FieldChange, RecordChange } from "./types";

const recordKey = (record: DiffRecord) => `${record.section}\u0000${record.type}\u0000${record.id}`;

function isEmpty(value: DiffField["value"]): boolean {
  return value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function comparable(field: DiffField | undefined): string {
  if (!field) return "null";
  return field.compareKey ?? JSON.stringify(field.value);
}

function fieldChange(key: string, before: DiffField | undefined, after: DiffField | undefined): FieldChange {
  const field = (after ?? before)!;
  const change: FieldChange = {
    key,
    label: field.label,
    kind: field.kind,
    before: before?.value ?? null,
    after: after?.value ?? null,
  };
  if (field.kind === "text" || field.kind === "richText") {
    change.textChanges = textChanges(asText(change.before), asText(change.after));
  }
  if (field.kind === "list") {
    const beforeItems = asList(change.before);
    const afterItems = asList(change.after);
    change.added = afterItems.filter((item) => !beforeItems.includes(item));
    change.removed = beforeItems.filter((item) => !afterItems.includes(item));
  }
  return change;
}

const asText = (value: DiffField["value"]) => (Array.isArray(value) ? value.join("\n") : (value ?? ""));
const asList = (value: DiffField["value"]) => (Array.isArray(value) ? value : value ? [value] : []);

/** Every field with a value, as a change from nothing (added) or to nothing (removed). */
function wholeRecord(record: DiffRecord, side: "before" | "after"): FieldChange[] {
  return Object.entries(record.fields)
    .filter(([, field]) => !isEmpty(field.value))
    .map(([key, field]) =>
      side === "after" ? fieldChange(key, undefined, field) : fieldChange(key, field, undefined),
    );
}

function compareRecord(before: DiffRecord, after: DiffRecord): RecordChange | undefined {
  const keys = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)]);
  const fields: FieldChange[] = [];
  for (const key of keys) {
    const was = before.fields[key];
    const now = after.fields[key];
    if (comparable(was) !== comparable(now)) fields.push(fieldChange(key, was, now));
  }
  if (fields.length === 0) return undefined;
  const moved = fields.some((field) => field.kind === "position");
  const onlyMoved = fields.every((field) => field.kind === "position");
  const { section, type, id, label } = after;
  const change = onlyMoved ? "moved" : "changed";
  return {
    change,
    section,
    type,
    id,
    label,
    fields,
    moved,
    ...credit(after.attribution ?? before.attribution),
  };
}

const credit = (attribution: string | undefined) => (attribution ? { attribution } : {});

/**
 * Compare two record sets (a section's `diffRecords` in two versions). Changes come in the order of
 * `after`, each removed record right after the record that preceded it in `before`.
 */
export function diffRecords(before: readonly DiffRecord[], after: readonly DiffRecord[]): RecordChange[] {
  const beforeByKey = new Map(before.map((record) => [recordKey(record), record]));
  const afterKeys = new Set(after.map(recordKey));
  const removedAfter = new Map<string | null, RecordChange[]>();
  let previous: string | null = null;
  for (const record of before) {
    const key = recordKey(record);
    if (afterKeys.has(key)) {
      previous = key;
      continue;
    }
    const { section, type, id, label } = record;
    const removed: RecordChange = {
      change: "removed",
      section,
      type,
      id,
      label,
      fields: wholeRecord(record, "before"),
      moved: false,
      ...credit(record.attribution),
    };
    removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), removed]);
  }
  const changes: RecordChange[] = [...(removedAfter.get(null) ?? [])];
  for (const record of after) {
    const key = recordKey(record);
    const was = beforeByKey.get(key);
    if (!was) {
      const { section, type, id, label } = record;
      changes.push({
        change: "added",
        section,
        type,
        id,
        label,
        fields: wholeRecord(record, "after"),
        moved: false,
        ...credit(record.attribution),
      });
    } else {
      const changed = compareRecord(was, record);
      if (changed) changes.push(changed);
    }
    changes.push(...(removedAfter.get(key) ?? []));
  }
  return changes;
}
