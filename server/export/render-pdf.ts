import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { BoardReport } from "../../shared/export/report-model";
import { pdfDocument } from "../../shared/export/pdf-document";

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(definition: object): { getBuffer(): Promise<Uint8Array> };
}

const require = createRequire(import.meta.url);
// pdfmake 0.3 ships no types; its server build is CommonJS.
const pdfmake = require("pdfmake") as PdfMake;
const fontDir = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");

// The Roboto that ships with pdfmake covers Welsh and other accented names the standard PDF fonts lack.
pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, "Roboto-Regular.ttf"),
    bold: join(fontDir, "Roboto-Medium.ttf"),
    italics: join(fontDir, "Roboto-Italic.ttf"),
    bolditalics: join(fontDir, "Roboto-MediumItalic.ttf"),
  },
});
// Exports embed no images or remote resources: nothing outside the fonts is ever read or fetched.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

export async function renderPdf(report: BoardReport): Promise<Uint8Array> {
  const buffer = await pdfmake.createPdf(pdfDocument(report, "Roboto")).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
