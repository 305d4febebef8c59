import { isAllowedLinkHref, markOfFormat } from "../editor/schema";
import type { RichTextNode } from "./rich-text";
import type { ReportBlock, TableCell, TextRun } from "./report-model";

function runsOf(node: RichTextNode): TextRun[] {
  if (node.type === "text") {
    const run: TextRun = { text: node.text ?? "" };
    for (const mark of node.marks ?? []) {
      if (markOfFormat(mark.type) === "bold") run.bold = true;
      if (markOfFormat(mark.type) === "italic") run.italic = true;
      if (markOfFormat(mark.type) === "link" && typeof mark.attrs?.href === "string")
        run.link = mark.attrs.href;
    }
    return [run];
  }
  if (node.type === "hardBreak") return [{ text: " " }];
  return (node.content ?? []).flatMap(runsOf);
}

function listItems(list: RichTextNode, depth: number): TextRun[][] {
  const items: TextRun[][] = [];
  (list.content ?? []).forEach((item, index) => {
    const prefix = `${"  ".repeat(depth)}${list.type === "orderedList" ? `${index + 1}. ` : ""}`;
    for (const child of item.content ?? []) {
      if (child.type === "bulletList" || child.type === "orderedList")
        items.push(...listItems(child, depth + 1));
      else items.push([{ text: prefix }, ...runsOf(child)].filter((run) => run.text !== ""));
    }
  });
  return items;
}

const plainText = (node: RichTextNode): string =>
  runsOf(node)
    .map((run) => run.text)
    .join("")
    .trim();

/** A cell's paragraphs as lines (a report table cell holds a line or several). */
function cellOf(cell: RichTextNode): TableCell {
  const lines = (cell.content ?? []).map(plainText).filter((line) => line !== "");
  return lines.length === 1 ? (lines[0] as string) : lines;
}

/** A rich-text table as a report table: a first row of header cells is its header. */
function tableBlock(table: RichTextNode): ReportBlock {
  const rows = (table.content ?? []).map((row) => row.content ?? []);
  const [first, ...rest] = rows;
  const hasHeader = !!first && first.length > 0 && first.every((cell) => cell.type === "tableHeader");
  const header = hasHeader ? first.map((cell) => plainText(cell)) : [];
  const body = (hasHeader ? rest : rows).map((row) => row.map(cellOf));
  const width = Math.max(header.length, ...body.map((row) => row.length));
  return {
    kind: "table",
    header: header.length > 0 ? header : Array.from({ length: width }, () => ""),
    rows: body.map((row) => [...row, ...Array.from({ length: width - row.length }, () => "")]),
  };
}

/** Rich text (Tiptap JSON) as plain report blocks, so each renderer only handles the simple kinds. */
export function richTextBlocks(doc: RichTextNode): ReportBlock[] {
  return (doc.content ?? []).flatMap((node): ReportBlock[] => {
    switch (node.type) {
      case "bulletList":
      case "orderedList":
        return [{ kind: "bullets", items: listItems(node, 0) }];
      case "heading":
        return [{ kind: "paragraph", runs: runsOf(node).map((run) => ({ ...run, bold: true })) }];
      case "blockquote":
        return richTextBlocks(node).map((block) =>
          block.kind === "paragraph"
            ? { ...block, runs: block.runs.map((run) => ({ ...run, italic: true })) }
            : block,
        );
      case "horizontalRule":
        return [];
      case "table":
        return [tableBlock(node)];
      default:
        return [{ kind: "paragraph", runs: runsOf(node) }];
    }
  });
}

/** Every block, with rich text expanded into paragraphs and bullets. */
export function expandRichText(blocks: readonly ReportBlock[]): ReportBlock[] {
  return blocks.flatMap((block) => (block.kind === "richText" ? richTextBlocks(block.content) : [block]));
}

/** Links are kept only when they are web or mail addresses; anything else is shown as text. */
export function safeHref(href: string | undefined): string | undefined {
  return isAllowedLinkHref(href) ? new URL(href!).href : undefined;
}
