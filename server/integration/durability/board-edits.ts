import fc from "fast-check";
import * as Y from "yjs";
import {
  ACTION_STATUSES,
  addAxisItem,
  addPartner,
  createAction,
  deleteAction,
  deleteAxisItem,
  getActionNotes,
  getActionTitleText,
  getAxisTitleText,
  getBoardTitleText,
  listActions,
  listAxis,
  moveAction,
  moveAxisItem,
  removePartner,
  setActionField,
  setText,
  type Axis,
} from "../../../shared/board";

/** One user edit, with indexes resolved against whatever the replica holds when it is applied. */
export type BoardEdit =
  | { kind: "create-action"; theme: number; column: number; title: string }
  | { kind: "move-action"; action: number; theme: number; column: number; index: number }
  | { kind: "delete-action"; action: number }
  | { kind: "action-title"; action: number; at: number; insert: string; remove: number }
  | { kind: "board-title"; at: number; insert: string; remove: number }
  | { kind: "action-field"; action: number; field: "owner" | "due" | "milestone"; value: string }
  | { kind: "action-status"; action: number; status: number }
  | { kind: "add-partner"; action: number; partner: string }
  | { kind: "remove-partner"; action: number; partner: number }
  | { kind: "notes"; action: number; at: number; insert: string; remove: number }
  | { kind: "add-axis"; axis: Axis; title: string; index: number }
  | { kind: "move-axis"; axis: Axis; item: number; index: number }
  | { kind: "rename-axis"; axis: Axis; item: number; title: string }
  | { kind: "delete-axis"; axis: Axis; item: number };

const words = fc.constantFrom("co-op", "credit union", "Plymouth", "shares", "ä", "🙂", " ", "grant", "x");
const text = fc.array(words, { maxLength: 3 }).map((parts) => parts.join(""));
const index = fc.nat({ max: 40 });
const axis = fc.constantFrom<Axis>("theme", "column");

export const boardEdit: fc.Arbitrary<BoardEdit> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant("create-action" as const),
      theme: index,
      column: index,
      title: text,
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant("move-action" as const),
      action: index,
      theme: index,
      column: index,
      index,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("delete-action" as const), action: index }) },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant("action-title" as const),
      action: index,
      at: index,
      insert: text,
      remove: fc.nat({ max: 4 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("board-title" as const),
      at: index,
      insert: text,
      remove: fc.nat({ max: 4 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("action-field" as const),
      action: index,
      field: fc.constantFrom("owner" as const, "due" as const, "milestone" as const),
      value: text,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("action-status" as const),
      action: index,
      status: fc.nat({ max: ACTION_STATUSES.length - 1 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("add-partner" as const),
      action: index,
      partner: fc.constantFrom("Council", "CDA", "Union", "Trust"),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("remove-partner" as const), action: index, partner: index }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant("notes" as const),
      action: index,
      at: index,
      insert: text,
      remove: fc.nat({ max: 4 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("add-axis" as const), axis, title: text, index }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("move-axis" as const), axis, item: index, index }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("rename-axis" as const), axis, item: index, title: text }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete-axis" as const), axis, item: index }) },
);

const pick = <T>(items: T[], position: number): T | undefined =>
  items.length === 0 ? undefined : items[position % items.length];

function editText(target: Y.Text, at: number, insert: string, remove: number): void {
  const current = target.toString();
  const start = at % (current.length + 1);
  setText(target, current.slice(0, start) + insert + current.slice(Math.min(current.length, start + remove)));
}

/** The notes' first paragraph text, created when the notes are empty (as Tiptap would). */
function notesText(doc: Y.Doc, actionId: string): Y.XmlText | undefined {
  const notes = getActionNotes(doc, actionId);
  if (!notes) return undefined;
  const first = notes.get(0);
  if (first instanceof Y.XmlElement) {
    const child = first.get(0);
    if (child instanceof Y.XmlText) return child;
  }
  const paragraph = new Y.XmlElement("paragraph");
  const content = new Y.XmlText();
  paragraph.insert(0, [content]);
  notes.insert(0, [paragraph]);
  return content;
}

/** Apply `edit` through the shared accessors, as the client's UI would. */
export function applyEdit(doc: Y.Doc, edit: BoardEdit): void {
  const actions = listActions(doc).sort((a, b) => (a.id < b.id ? -1 : 1));
  const action = "action" in edit ? pick(actions, edit.action) : undefined;
  const themes = listAxis(doc, "theme");
  const columns = listAxis(doc, "column");
  switch (edit.kind) {
    case "create-action": {
      const theme = pick(themes, edit.theme);
      const column = pick(columns, edit.column);
      if (theme && column) createAction(doc, { title: edit.title, themeId: theme.id, columnId: column.id });
      return;
    }
    case "move-action": {
      const theme = pick(themes, edit.theme);
      const column = pick(columns, edit.column);
      if (action && theme && column) moveAction(doc, action.id, theme.id, column.id, edit.index % 5);
      return;
    }
    case "delete-action":
      if (action) deleteAction(doc, action.id);
      return;
    case "action-title": {
      const title = action && getActionTitleText(doc, action.id);
      if (title) editText(title, edit.at, edit.insert, edit.remove);
      return;
    }
    case "board-title":
      editText(getBoardTitleText(doc), edit.at, edit.insert, edit.remove);
      return;
    case "action-field":
      if (action) setActionField(doc, action.id, edit.field, edit.value);
      return;
    case "action-status":
      if (action) setActionField(doc, action.id, "status", ACTION_STATUSES[edit.status]!);
      return;
    case "add-partner":
      if (action) addPartner(doc, action.id, edit.partner);
      return;
    case "remove-partner": {
      const partner = action && pick(action.partners, edit.partner);
      if (action && partner) removePartner(doc, action.id, partner);
      return;
    }
    case "notes": {
      if (!action) return;
      doc.transact(() => {
        const content = notesText(doc, action.id);
        if (!content) return;
        const start = edit.at % (content.length + 1);
        const removed = Math.min(edit.remove, content.length - start);
        if (removed > 0) content.delete(start, removed);
        if (edit.insert) content.insert(start, edit.insert);
      });
      return;
    }
    case "add-axis":
      addAxisItem(doc, edit.axis, edit.title || "Untitled", edit.index % 6);
      return;
    case "move-axis": {
      const item = pick(edit.axis === "theme" ? themes : columns, edit.item);
      if (item) moveAxisItem(doc, edit.axis, item.id, edit.index % 6);
      return;
    }
    case "rename-axis": {
      const item = pick(edit.axis === "theme" ? themes : columns, edit.item);
      const title = item && getAxisTitleText(doc, edit.axis, item.id);
      if (title) setText(title, edit.title);
      return;
    }
    case "delete-axis": {
      const items = edit.axis === "theme" ? themes : columns;
      // Keep at least one row and one column, so there is always somewhere to put an action.
      const item = items.length > 1 ? pick(items, edit.item) : undefined;
      if (item) deleteAxisItem(doc, edit.axis, item.id);
      return;
    }
  }
}
