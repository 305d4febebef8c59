import { expandRichText, safeHref } from "./rich-text-blocks";
import type { BoardReport, ReportBlock, TableCell, TextRun } from "./report-model";

/** The subset of pdfmake's document definition this renderer produces (plain data, no pdfmake import). */
export type PdfContent = Record<string, unknown> | string;

export interface PdfDocumentDefinition {
  info: { title: string; creator: string; subject: string };
  pageSize: "A4";
  pageMargins: [number, number, number, number];
  defaultStyle: { font: string; fontSize: number; lineHeight: number };
  styles: Record<string, Record<string, unknown>>;
  content: PdfContent[];
  footer(currentPage: number, pageCount: number): PdfContent | null;
}

function inline(runs: readonly TextRun[]): PdfContent[] {
  return runs.map((run) => {
    const href = safeHref(run.link);
    return {
      text: run.text,
      bold: run.bold ?? false,
      italics: run.italic ?? false,
      ...(href ? { link: href, color: "#1d4ed8", decoration: "underline" } : {}),
    };
  });
}

const cellContent = (value: TableCell, header: boolean): PdfContent =>
  Array.isArray(value)
    ? { stack: value.map((line) => ({ text: `• ${line}`, margin: [0, 0, 0, 3] })) }
    : { text: value, bold: header, ...(header ? { fillColor: "#e8eef4" } : {}) };

function blocks(item: ReportBlock): PdfContent[] {
  switch (item.kind) {
    case "heading":
      return [{ text: item.text, style: `heading${item.level}` }];
    case "paragraph":
      return [{ text: inline(item.runs), margin: [0, 0, 0, 6] }];
    case "bullets":
      return [{ ul: item.items.map((runs) => ({ text: inline(runs) })), margin: [0, 0, 0, 6] }];
    case "keyValues":
      return [
        {
          stack: item.entries.map(({ key, value }) => ({ text: [{ text: `${key}: `, bold: true }, value] })),
          margin: [0, 0, 0, 6],
        },
      ];
    case "table":
      return [
        {
          table: {
            headerRows: 1,
            widths: item.header.map((_, index) => (index === 0 ? "22%" : "*")),
            body: [
              item.header.map((text) => cellContent(text, true)),
              ...item.rows.map((row) => row.map((value) => cellContent(value, false))),
            ],
          },
          fontSize: 8,
          margin: [0, 0, 0, 12],
        },
      ];
    case "richText":
      return expandRichText([item]).flatMap(blocks);
  }
}

/** The report as a pdfmake document definition: title page, then every section. */
export function pdfDocument(report: BoardReport, font: string): PdfDocumentDefinition {
  const titlePage: PdfContent[] = [
    { text: report.title, style: "title" },
    ...(report.area ? [{ text: report.area, style: "subtitle" }] : []),
    ...(report.period ? [{ text: `Plan period: ${report.period}`, style: "subtitle" }] : []),
    { text: report.version, style: "subtitle", pageBreak: "after" },
  ];
  return {
    info: { title: report.title, creator: "Coplan", subject: report.version },
    pageSize: "A4",
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font, fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 26, bold: true, alignment: "center", margin: [0, 180, 0, 24] },
      subtitle: { fontSize: 14, alignment: "center", margin: [0, 0, 0, 12] },
      heading1: { fontSize: 18, bold: true, margin: [0, 0, 0, 12] },
      heading2: { fontSize: 14, bold: true, margin: [0, 12, 0, 8] },
      heading3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
    },
    // The title page carries no footer; every other page names the plan and its version.
    footer: (currentPage, pageCount) =>
      currentPage === 1
        ? null
        : {
            columns: [
              { text: `${report.title} — ${report.version}`, width: "*" },
              { text: `Page ${currentPage} of ${pageCount}`, alignment: "right", width: "auto" },
            ],
            fontSize: 8,
            color: "#555555",
            margin: [48, 20, 48, 0],
          },
    content: [
      ...titlePage,
      ...report.sections.flatMap((section, index) => [
        { text: section.title, style: "heading1", ...(index > 0 ? { pageBreak: "before" } : {}) },
        ...section.blocks.flatMap(blocks),
      ]),
    ],
  };
}
