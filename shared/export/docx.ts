import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  PageNumber,
  ShadingType,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { expandRichText, safeHref } from "./rich-text-blocks";
import type { BoardReport, ReportBlock, TableCell as ReportCell, TextRun as ReportRun } from "./report-model";

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(items: readonly ReportRun[]): (TextRun | ExternalHyperlink)[] {
  return items.map((run) => {
    const text = new TextRun({ text: run.text, bold: run.bold, italics: run.italic });
    const href = safeHref(run.link);
    return href
      ? new ExternalHyperlink({ link: href, children: [new TextRun({ text: run.text, style: "Hyperlink" })] })
      : text;
  });
}

function cell(value: ReportCell, header = false): TableCell {
  const lines = Array.isArray(value) ? value : [value];
  return new TableCell({
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: "E8EEF4", color: "auto" } } : {}),
    children: (lines.length > 0 ? lines : [""]).map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, bold: header })] }),
    ),
  });
}

function blocks(item: ReportBlock): (Paragraph | Table)[] {
  switch (item.kind) {
    case "heading":
      return [new Paragraph({ text: item.text, heading: HEADINGS[item.level] })];
    case "paragraph":
      return [new Paragraph({ children: runs(item.runs) })];
    case "bullets":
      return item.items.map((line) => new Paragraph({ children: runs(line), bullet: { level: 0 } }));
    case "keyValues":
      return item.entries.map(
        ({ key, value }) =>
          new Paragraph({ children: [new TextRun({ text: `${key}: `, bold: true }), new TextRun(value)] }),
      );
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: item.header.map((text) => cell(text, true)) }),
            ...item.rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
          ],
        }),
      ];
    case "richText":
      return expandRichText([item]).flatMap(blocks);
  }
}

function titlePage(report: BoardReport): Paragraph[] {
  const line = (text: string, size: number, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text, size, bold })],
    });
  return [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    ...(report.area ? [line(report.area, 32, true)] : []),
    ...(report.period ? [line(`Plan period: ${report.period}`, 28)] : []),
    line(report.version, 28),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** A council paper (.docx): title page, then every section with its matrix table, details and reports. */
export async function renderDocx(report: BoardReport): Promise<Uint8Array> {
  const document = new Document({
    title: report.title,
    creator: "Coplan",
    description: report.version,
    sections: [
      {
        properties: { titlePage: true },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${report.title} — ${report.version} — page `, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                ],
              }),
            ],
          }),
          first: new Footer({ children: [] }),
        },
        children: [
          ...titlePage(report),
          ...report.sections.flatMap((section) => [
            new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }),
            ...section.blocks.flatMap(blocks),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
