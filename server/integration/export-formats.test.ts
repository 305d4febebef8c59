import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import type { CreatedBoard } from "../../shared/api/roles";
import { getActionTitleText, readBoard, setActionField, setText } from "../../shared/board";
import type { BoardExport } from "../../shared/export/board-json";
import { CSV_COLUMNS } from "../../shared/export/csv";
import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { pdfPages, pdfText, type PdfTextItem } from "../export/testing/pdf-text";
import { bearer, createBoard } from "./api";
import { eventually, useIntegration } from "./harness";
import { exportFile, saveSnapshot } from "./snapshot-api";

const themeTitles = councilActionPlan.themes.map((theme) => theme.title);
const actionTitles = councilActionPlan.themes.flatMap((theme) => theme.actions.filter(Boolean));
const today = () => new Date().toISOString().slice(0, 10);

/** Text with XML entities decoded and all whitespace dropped, so wrapped or split runs still match. */
const squeeze = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, "");

/** The matrix as the template seeds it: the header row, then each theme with one action per column. */
const matrixColumns = ["Theme", "Finance", "Support", "Inform"];
const matrixRows = councilActionPlan.themes.map((theme) => [theme.title, ...theme.actions]);

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every table in a DOCX's main document: its rows, their cells, and each cell's paragraphs as text. */
function docxTables(bytes: Uint8Array): string[][][][] {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[0]);
  return all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g).map((table) =>
    all(table, /<w:tr[\s>][\s\S]*?<\/w:tr>/g).map((row) =>
      all(row, /<w:tc>[\s\S]*?<\/w:tc>/g).map((cell) =>
        all(cell, /<w:p[\s>][\s\S]*?<\/w:p>/g).map((paragraph) =>
          decode([...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join("")),
        ),
      ),
    ),
  );
}

/**
 * The PDF's matrix table read back by position: the page whose header row reads Theme, Finance,
 * Support, Inform on one line, then the text below it (down to the next heading) split into those
 * columns by x, each column's lines top to bottom.
 */
function pdfMatrix(pages: PdfTextItem[][]): { header: string[]; columns: string[] } {
  for (const items of pages) {
    const theme = items.find((item) => item.text === "Theme");
    if (!theme) continue;
    const header = items
      .filter((item) => Math.abs(item.y - theme.y) < 1 && matrixColumns.includes(item.text))
      .sort((a, b) => a.x - b.x);
    if (header.length !== matrixColumns.length) continue;
    const end = items.find((item) => item.text === "Actions" && item.y < theme.y)?.y ?? -Infinity;
    const body = items
      .filter((item) => item.y < theme.y - 1 && item.y > end)
      .sort((a, b) => b.y - a.y || a.x - b.x);
    const columnOf = (item: PdfTextItem) => header.filter((cell) => cell.x <= item.x + 1).length - 1;
    return {
      header: header.map((item) => item.text),
      columns: header.map((_, index) =>
        body
          .filter((item) => columnOf(item) === index)
          .map((item) => item.text)
          .join(" "),
      ),
    };
  }
  return { header: [], columns: [] };
}

/** The text of every w:t run in a DOCX's main document, in order. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(" ");
}

describe("[V6] exports of a template board, parsed back", () => {
  const harness = useIntegration();

  async function templateBoard() {
    const server = await harness.server();
    const board = await createBoard(server.url, {
      title: "Plymouth Co-op Plan",
      area: "Plymouth City Council",
      periodStart: "2025",
      periodEnd: "2028",
    });
    return { server, board };
  }

  it("JSON round-trips through import to an equal board", async () => {
    const { server, board } = await templateBoard();
    const exported = (await (await exportFile(server.url, board, "format=json")).json()) as BoardExport;
    const response = await fetch(`${server.url}/api/boards/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(exported),
    });
    expect(response.status).toBe(201);
    const copy = (await response.json()) as CreatedBoard;
    expect(copy.id).not.toBe(board.id);
    expect(copy.title).toBe("Plymouth Co-op Plan");
    const reexported = (await (await exportFile(server.url, copy, "format=json")).json()) as BoardExport;
    const strip = ({ exportedAt: _at, board: { id: _id, ...details }, ...rest }: BoardExport) => ({
      details,
      rest,
    });
    expect(strip(reexported)).toEqual(strip(exported));
  });

  it("Markdown holds every theme and action title, with a versioned file name", async () => {
    const { server, board } = await templateBoard();
    const response = await exportFile(server.url, board, "format=md");
    expect(response.headers.get("content-type")).toContain("text/markdown");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="plymouth-co-op-plan-live-${today()}.md"`,
    );
    const markdown = await response.text();
    // Markdown escapes punctuation with backslashes; drop them to read the text back.
    const text = markdown.replace(/\\(.)/g, "$1");
    for (const title of [...themeTitles, ...actionTitles]) expect(text).toContain(title);
    expect(text).toContain("# Plymouth Co-op Plan");
    expect(text).toContain("Plan period:** 2025 – 2028");
  });

  it("CSV has one row per action with its theme and column, and neutralises formulas", async () => {
    const { server, board } = await templateBoard();
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced).toBe(true));
    const first = readBoard(alice.doc).cells.values().next().value![0]!;
    setActionField(alice.doc, first.id, "owner", '=HYPERLINK("http://evil.example")');
    setActionField(alice.doc, first.id, "milestone", "@SUM(A1)");
    await eventually(async () => {
      const csv = await (await exportFile(server.url, board, "format=csv")).text();
      expect(csv).toContain("HYPERLINK");
    });

    const response = await exportFile(server.url, board, "format=csv");
    expect(response.headers.get("content-type")).toContain("text/csv");
    const parsed = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ""), {
      skipEmptyLines: true,
    });
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(CSV_COLUMNS);
    expect(rows.map((row) => row[2])).toEqual(actionTitles);
    expect(rows[0]!.slice(0, 2)).toEqual([themeTitles[0], "Finance"]);
    const edited = rows.find((row) => row[2] === first.title)!;
    expect(edited[3]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(edited[7]).toBe("'@SUM(A1)");
  });

  it("DOCX unzips to a document holding the title page, every theme and every action title", async () => {
    const { server, board } = await templateBoard();
    const response = await exportFile(server.url, board, "format=docx");
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const text = squeeze(docxText(new Uint8Array(await response.arrayBuffer())));
    for (const title of [
      "Plymouth Co-op Plan",
      "Plymouth City Council",
      "Plan period: 2025 – 2028",
      ...themeTitles,
      ...actionTitles,
    ]) {
      expect(text).toContain(squeeze(title));
    }
    expect(text).toContain(squeeze("Live board"));
  });

  it("DOCX holds the matrix as a table: a header row of columns, a row per theme, each action in its cell", async () => {
    const { server, board } = await templateBoard();
    const response = await exportFile(server.url, board, "format=docx");
    const tables = docxTables(new Uint8Array(await response.arrayBuffer()));
    const matrix = tables.find((table) => table[0]?.[0]?.[0] === "Theme");
    expect(matrix).toEqual([
      matrixColumns.map((title) => [title]),
      ...matrixRows.map((row) => row.map((text) => [text])),
    ]);
  });

  it("PDF text (pdf.js) holds every theme and action title, and a snapshot's label and date", async () => {
    const { server, board } = await templateBoard();
    const snapshot = await saveSnapshot(server.url, board, "End of workshop 2");
    const response = await exportFile(server.url, board, `format=pdf&snapshot=${snapshot.id}`);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="plymouth-co-op-plan-end-of-workshop-2-${snapshot.createdAt.slice(0, 10)}.pdf"`,
    );
    const text = squeeze(await pdfText(new Uint8Array(await response.arrayBuffer())));
    for (const title of ["Plymouth Co-op Plan", ...themeTitles, ...actionTitles])
      expect(text).toContain(squeeze(title));
    expect(text).toContain(squeeze("End of workshop 2"));
  });

  it("PDF lays the matrix out as a table: columns across the top, a theme per row, actions in their columns", async () => {
    const { server, board } = await templateBoard();
    const response = await exportFile(server.url, board, "format=pdf");
    const matrix = pdfMatrix(await pdfPages(new Uint8Array(await response.arrayBuffer())));
    expect(matrix.header).toEqual(matrixColumns);
    expect(matrix.columns.map(squeeze)).toEqual(
      matrixColumns.map((_, column) =>
        squeeze(matrixRows.map((row) => (column === 0 ? row[0] : `• ${row[column]}`)).join("")),
      ),
    );
  });

  it("escapes what exports embed: a hostile title stays text in Markdown and DOCX", async () => {
    const { server, board } = await templateBoard();
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced).toBe(true));
    const first = readBoard(alice.doc).cells.values().next().value![0]!;
    const hostile = "<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1))";
    setText(getActionTitleText(alice.doc, first.id)!, hostile);
    await eventually(async () => {
      const markdown = await (await exportFile(server.url, board, "format=md")).text();
      expect(markdown).not.toMatch(/(?<!\\)<img/);
      expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
      expect(markdown).toContain(
        "\\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\* \\[link\\](javascript:alert(1))",
      );
    });
    const docx = await exportFile(server.url, board, "format=docx");
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))["word/document.xml"]!);
    expect(xml).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("a viewer's export is for publication; an editor may ask for it", async () => {
    const { server, board } = await templateBoard();
    const link = await fetch(`${server.url}/api/boards/${board.id}/links`, {
      method: "POST",
      headers: bearer(board.facilitatorToken, { "content-type": "application/json" }),
      body: JSON.stringify({ role: "viewer" }),
    });
    const viewer = (await link.json()) as { token: string };
    const asViewer = (await (
      await exportFile(server.url, board, "format=json&audience=internal", viewer.token)
    ).json()) as BoardExport;
    expect(asViewer.audience).toBe("publication");
    const asFacilitator = (await (await exportFile(server.url, board, "format=json")).json()) as BoardExport;
    expect(asFacilitator.audience).toBe("internal");
    const published = (await (
      await exportFile(server.url, board, "format=json&audience=publication")
    ).json()) as BoardExport;
    expect(published.audience).toBe("publication");
  });
});
