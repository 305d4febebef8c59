import { describe, expect, it } from "vitest";
import { buildBoardReport } from "../../shared/export/board-report";
import { templateBoard } from "../../shared/sections/testing/template-board";
import { renderPdf } from "./render-pdf";
import { pdfText } from "./testing/pdf-text";

describe("renderPdf", () => {
  it("renders the report with Roboto: a PDF whose text holds the title and the area", async () => {
    const report = buildBoardReport(
      templateBoard("Caerdydd — Cynllun Cydweithredol"),
      "internal",
      "Live board",
    );
    const bytes = await renderPdf(report);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Caerdydd — Cynllun Cydweithredol");
    expect(text).toContain("Plymouth City Council");
  });
});
