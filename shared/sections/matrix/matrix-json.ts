import type * as Y from "yjs";
import { z } from "zod";
import { readBoard } from "../../board/read-board";
import { peekActionNotes } from "../../board/actions";
import { insertAction, insertAxisItem, writeImportedMeta } from "../../board/import-records";
import { ACTION_STATUSES, type ActionView, type BoardMeta } from "../../board/types";
import { fragmentToJson, jsonToPlainText, type RichTextNode } from "../../export/rich-text";
import { fillFragment } from "../../export/rich-text-write";
import { RICH_TEXT_NODES, isAllowedLinkAttributes, markOfFormat } from "../../editor/schema";

const mark = z
  .object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() })
  .refine((value) => markOfFormat(value.type) !== undefined, "is not a mark of the notes editor")
  .refine(
    (value) => markOfFormat(value.type) !== "link" || isAllowedLinkAttributes(value.attrs ?? {}),
    "a link must be an http, https or mailto address",
  );

/** Rich text as the notes editor stores it: only its nodes and marks, links only to web or mail addresses. */
export const richTextNode: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.enum(RICH_TEXT_NODES, { error: "is not a node of the notes editor" }),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richTextNode).optional(),
    text: z.string().optional(),
    marks: z.array(mark).optional(),
  }),
);

const recordId = z.string().min(1).max(64);

const axisItem = z.object({ id: recordId, title: z.string(), order: z.string().min(1) });

const exportedAction = z.object({
  id: recordId,
  title: z.string(),
  themeId: z.string(),
  columnId: z.string(),
  order: z.string().min(1),
  owner: z.string(),
  partners: z.array(z.string()),
  status: z.enum(ACTION_STATUSES),
  due: z.string(),
  milestone: z.string(),
  createdAt: z.string(),
  notes: z.object({ json: richTextNode, text: z.string() }),
});

const boardMeta = z.object({
  schemaVersion: z.number().int().min(0),
  title: z.string(),
  area: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  template: z.string(),
  createdAt: z.string(),
});

/** The matrix part of a JSON export: the top-level keys format version 1 has always had. */
export const matrixJsonSchema = z
  .object({
    board: boardMeta,
    columns: z.array(axisItem),
    themes: z.array(axisItem),
    actions: z.array(exportedAction),
  })
  .superRefine((matrix, context) => {
    for (const key of ["columns", "themes", "actions"] as const) {
      const seen = new Set<string>();
      matrix[key].forEach((record, index) => {
        if (seen.has(record.id)) {
          context.addIssue({
            code: "custom",
            path: [key, index, "id"],
            message: `duplicate id ${record.id}`,
          });
        }
        seen.add(record.id);
      });
    }
  });
export type MatrixJson = z.infer<typeof matrixJsonSchema>;
export type ExportedMatrixAction = MatrixJson["actions"][number];

/** Actions in matrix order: theme by theme, column by column, by order within the cell; unplaced last. */
export function actionsInMatrixOrder(doc: Y.Doc): ActionView[] {
  const view = readBoard(doc);
  const placed = view.themes.flatMap((theme) =>
    view.columns.flatMap((column) => view.cells.get(`${theme.id}/${column.id}`) ?? []),
  );
  return [...placed, ...view.unplaced];
}

export function notesJson(doc: Y.Doc, actionId: string): RichTextNode {
  const notes = peekActionNotes(doc, actionId);
  return notes ? fragmentToJson(notes) : { type: "doc", content: [] };
}

export function matrixToJson(doc: Y.Doc): MatrixJson {
  const view = readBoard(doc);
  const meta: BoardMeta = view.meta;
  return {
    board: meta,
    columns: view.columns,
    themes: view.themes,
    actions: actionsInMatrixOrder(doc).map((action) => {
      const json = notesJson(doc, action.id);
      return { ...action, notes: { json, text: jsonToPlainText(json) } };
    }),
  };
}

export function matrixFromJson(doc: Y.Doc, data: MatrixJson): void {
  doc.transact(() => {
    const { schemaVersion, title, area, periodStart, periodEnd, template, createdAt } = data.board;
    writeImportedMeta(doc, { schemaVersion, title, area, periodStart, periodEnd, template, createdAt });
    for (const column of data.columns) insertAxisItem(doc, "column", column);
    for (const theme of data.themes) insertAxisItem(doc, "theme", theme);
    for (const { notes, ...action } of data.actions) {
      insertAction(doc, action, (fragment) => fillFragment(fragment, notes.json));
    }
  });
}
