import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { chooseLocalAuthority, observeEconomy, readEconomy, setCoopFigure } from "../../shared/board";
import type { BoardExport } from "../../shared/export/board-json";
import { pdfText } from "../export/testing/pdf-text";
import { openDataSet } from "../open-data/open-data-set";
import { createBoard } from "./api";
import { eventually, useIntegration } from "./harness";
import { exportFile } from "./snapshot-api";

const ATTRIBUTION = "Contains data from Co-operatives UK (ODC-By 1.0)";
const plymouth = () => openDataSet().coopsByAuthority.get("plymouth")!.coops;
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("the economy section on a live board", () => {
  const harness = useIntegration();

  async function twoPeople() {
    const server = await harness.server();
    const board = await createBoard(server.url, { title: "Plymouth Co-op Plan" });
    const ada = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    const ben = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(ada.provider.synced && ben.provider.synced).toBe(true));
    return { server, board, ada, ben };
  }

  it("two people choosing the local authority at once converge to one copy of the list", async () => {
    const { ada, ben } = await twoPeople();
    chooseLocalAuthority(ada.doc, "Plymouth", plymouth());
    chooseLocalAuthority(ben.doc, "Plymouth", plymouth());
    await eventually(() => {
      for (const doc of [ada.doc, ben.doc]) expect(readEconomy(doc).coops).toHaveLength(31);
      expect(readEconomy(ada.doc)).toEqual(readEconomy(ben.doc));
    });
    expect(new Set(readEconomy(ada.doc).coops.map((coop) => coop.id)).size).toBe(31);
  });

  it("a figure recorded by one person reaches the other", async () => {
    const { ada, ben } = await twoPeople();
    chooseLocalAuthority(ada.doc, "Plymouth", plymouth());
    await eventually(() => expect(readEconomy(ben.doc).coops).toHaveLength(31));
    let changes = 0;
    const stop = observeEconomy(ben.doc, () => (changes += 1));
    setCoopFigure(ada.doc, "R008933", "turnover", { value: 1_800_000, year: 2023, source: "Annual report" });
    await eventually(() =>
      expect(readEconomy(ben.doc).coops.find((coop) => coop.id === "R008933")?.turnover).toEqual({
        value: 1_800_000,
        year: 2023,
        source: "Annual report",
      }),
    );
    expect(changes).toBeGreaterThan(0);
    stop();
  });

  it("every export format carries the open-data attribution and the local list", async () => {
    const { server, board, ada } = await twoPeople();
    chooseLocalAuthority(ada.doc, "Plymouth", plymouth());
    await eventually(async () => {
      const json = (await (await exportFile(server.url, board, "format=json")).json()) as BoardExport;
      expect(json.economy).toMatchObject({ attribution: ATTRIBUTION, localAuthority: "Plymouth" });
    });
    const markdown = (await (await exportFile(server.url, board, "format=md")).text()).replace(
      /\\(.)/g,
      "$1",
    );
    expect(markdown).toContain(ATTRIBUTION);
    expect(markdown).toContain("Plymouth Energy Community");
    const docx = new Uint8Array(await (await exportFile(server.url, board, "format=docx")).arrayBuffer());
    const xml = strFromU8(unzipSync(docx)["word/document.xml"]!);
    expect(squeeze(xml.replace(/<[^>]+>/g, ""))).toContain(squeeze(ATTRIBUTION));
    const pdf = new Uint8Array(await (await exportFile(server.url, board, "format=pdf")).arrayBuffer());
    const text = squeeze(await pdfText(pdf));
    expect(text).toContain(squeeze(ATTRIBUTION));
    expect(text).toContain(squeeze("Plymouth Energy Community"));
  });
});
