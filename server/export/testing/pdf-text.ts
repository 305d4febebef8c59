import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Every text item of every page, joined with spaces (pdf.js splits lines, not words). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return pages.join(" ").replace(/\s+/g, " ");
}

export interface PdfTextItem {
  text: string;
  /** From the page's left edge, in points. */
  x: number;
  /** From the page's bottom edge, in points: a larger y is higher on the page. */
  y: number;
}

/** Every non-blank text item of every page, with its position, for checking a table's layout. */
export async function pdfPages(bytes: Uint8Array): Promise<PdfTextItem[][]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: PdfTextItem[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(
      content.items
        .filter((item) => "str" in item && item.str.trim() !== "")
        .map((item) => {
          const { str, transform } = item as { str: string; transform: number[] };
          return { text: str, x: transform[4]!, y: transform[5]! };
        }),
    );
  }
  await pdf.destroy();
  return pages;
}
