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
