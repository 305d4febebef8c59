import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";
import { richTextBlocks } from "./rich-text-blocks";
import type { RichTextNode } from "./rich-text";

const paragraph = (text: string): RichTextNode => ({
  type: "paragraph",
  content: text ? [{ type: "text", text }] : [],
});
const cell = (type: string, ...lines: string[]): RichTextNode => ({ type, content: lines.map(paragraph) });
const row = (...cells: RichTextNode[]): RichTextNode => ({ type: "tableRow", content: cells });

describe("richTextBlocks", () => {
  it("turns a rich-text table into a report table: a first row of header cells is its header", () => {
    const doc: RichTextNode = {
      type: "doc",
      content: [
        {
          type: "table",
          content: [
            row(cell("tableHeader", "Measure"), cell("tableHeader", "Here")),
            row(cell("tableCell", "Co-operatives"), cell("tableCell", "31")),
            row(cell("tableCell", "Turnover"), cell("tableCell", "£85,000", "1 of 31 known")),
          ],
        },
      ],
    };
    expect(richTextBlocks(doc)).toEqual([
      {
        kind: "table",
        header: ["Measure", "Here"],
        rows: [
          ["Co-operatives", "31"],
          ["Turnover", ["£85,000", "1 of 31 known"]],
        ],
      },
    ]);
  });

  it("keeps a table without a header row whole, padding short rows, and renders it in Markdown", () => {
    const doc: RichTextNode = {
      type: "doc",
      content: [
        {
          type: "table",
          content: [row(cell("tableCell", "a"), cell("tableCell", "b")), row(cell("tableCell", "c"))],
        },
      ],
    };
    const blocks = richTextBlocks(doc);
    expect(blocks).toEqual([
      {
        kind: "table",
        header: ["", ""],
        rows: [
          ["a", "b"],
          ["c", ""],
        ],
      },
    ]);
    const markdown = renderMarkdown({
      title: "Plan",
      area: "",
      period: "",
      version: "Live board",
      sections: [{ id: "brief", title: "Brief", blocks: [{ kind: "richText", content: doc }] }],
    });
    expect(markdown).toMatch(/\| a \| b \|/);
    expect(markdown).toMatch(/\| c \|\s*\|/);
  });
});
