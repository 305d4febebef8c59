import type * as Y from "yjs";
import { z } from "zod";
import { getBriefFragment } from "../../board/brief";
import { fragmentToJson, jsonToPlainText, type RichTextNode } from "../../export/rich-text";
import { fillFragment } from "../../export/rich-text-write";
import { paragraph } from "../../export/report-model";
import type { BoardSection } from "../board-section";
import { richTextNode } from "../matrix/matrix-json";

/** The `brief` key of a JSON export: the brief as Tiptap JSON, and as plain text for reading. */
export const briefJsonSchema = z.object({ json: richTextNode, text: z.string() });
export type BriefJson = z.infer<typeof briefJsonSchema>;

const briefJson = (doc: Y.Doc): RichTextNode => fragmentToJson(getBriefFragment(doc));

/** The consultant brief for commissioning the mapping (root `brief`, one rich-text fragment). */
export const briefSection: BoardSection<BriefJson> = {
  id: "brief",
  title: "Consultant brief",
  jsonKey: "brief",
  jsonSchema: briefJsonSchema,
  toJson: (doc) => {
    const json = briefJson(doc);
    return { json, text: jsonToPlainText(json) };
  },
  fromJson: (doc, data) => fillFragment(getBriefFragment(doc), data.json),
  diffRecords: (doc) => [
    {
      section: "brief",
      type: "brief",
      id: "brief",
      label: "Consultant brief",
      fields: { text: { label: "Text", value: jsonToPlainText(briefJson(doc)), kind: "richText" } },
    },
  ],
  report: (doc) => {
    const json = briefJson(doc);
    return (json.content ?? []).length > 0
      ? [{ kind: "richText", content: json }]
      : [paragraph("The brief is empty.")];
  },
  summary: (doc) => {
    const text = jsonToPlainText(briefJson(doc));
    return { words: text === "" ? 0 : text.split(/\s+/).length };
  },
};
