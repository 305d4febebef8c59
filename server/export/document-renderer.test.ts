import { afterEach, describe, expect, it } from "vitest";
import { buildBoardReport } from "../../shared/export/board-report";
import { templateBoard } from "../../shared/sections/testing/template-board";
import { DocumentRenderer, RendererBusyError } from "./document-renderer";
import { pdfText } from "./testing/pdf-text";

describe("DocumentRenderer", () => {
  let renderer: DocumentRenderer;
  afterEach(async () => {
    await renderer.close();
  });

  const report = () => buildBoardReport(templateBoard("Off-thread plan"), "internal", "Live board");

  it("renders a PDF and a DOCX in a worker thread", async () => {
    renderer = new DocumentRenderer();
    const [pdf, docx] = await Promise.all([
      renderer.render("pdf", report()),
      renderer.render("docx", report()),
    ]);
    expect(await pdfText(pdf)).toContain("Off-thread plan");
    expect(new TextDecoder().decode(docx.slice(0, 2))).toBe("PK");
  });

  it("refuses more than maxPending documents at once, and renders again once they are done", async () => {
    renderer = new DocumentRenderer(1);
    const first = renderer.render("docx", report());
    await expect(renderer.render("docx", report())).rejects.toBeInstanceOf(RendererBusyError);
    await first;
    await expect(renderer.render("docx", report())).resolves.toBeInstanceOf(Uint8Array);
  });
});
