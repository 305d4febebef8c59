import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { addCoop, createBusiness, findBusiness, readSuccession } from "../../shared/board";
import { OPEN_DATA_ATTRIBUTION } from "../../shared/economy/attribution";
import { bearer, createBoard, createLink, expectError } from "./api";
import { eventually, useIntegration } from "./harness";

/** Parse an exported CSV back: the byte-order mark and any comment line off, then header and rows. */
function parse(text: string): { comment: string | null; rows: Record<string, string>[] } {
  const body = text.replace(/^\uFEFF/, "");
  const comment = body.startsWith("# ") ? body.slice(2, body.indexOf("\r\n")) : null;
  const table = comment === null ? body : body.slice(body.indexOf("\r\n") + 2);
  return { comment, rows: Papa.parse<Record<string, string>>(table, { header: true }).data };
}

describe("[V6] GET /export?format=csv&section= covers the succession and economy sections", () => {
  const harness = useIntegration();

  async function setUp() {
    const server = await harness.server();
    const board = await createBoard(server.url, { title: "Plymouth Co-op Plan" });
    const viewer = await createLink(server.url, board, "viewer");
    const editor = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    const witness = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(editor.provider.synced && witness.provider.synced).toBe(true));
    const stageId = readSuccession(editor.doc).stages[1]!.id;
    const open = createBusiness(editor.doc, {
      name: "=Tamar Valley Bakery",
      stageId,
      employees: 34,
      fields: { sector: "Food and drink", adviser: "Co-operatives UK", route: "eot", contact: "Jan Hext" },
    });
    const secret = createBusiness(editor.doc, {
      name: "Stonehouse Engineering",
      stageId,
      confidential: true,
    });
    addCoop(editor.doc, {
      name: "Plymouth Energy Community",
      sector: "Energy",
      legalForm: "Community Benefit Society",
      ownershipType: "Community",
      status: "active",
      turnover: null,
      employees: null,
      members: null,
    });
    await eventually(() =>
      expect(findBusiness(witness.doc, secret) && findBusiness(witness.doc, open)).toBeTruthy(),
    );
    const get = (query: string, token = board.facilitatorToken) =>
      fetch(`${server.url}/api/boards/${board.id}/export?format=csv${query}`, { headers: bearer(token) });
    return { get, viewer };
  }

  it("section=succession lists one row per business; publication and viewers leave the confidential one out", async () => {
    const { get, viewer } = await setUp();
    const response = await get("&section=succession");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/-succession\.csv"$/);
    const internal = parse(await response.text()).rows;
    expect(internal.map((row) => row.Name)).toEqual(["'=Tamar Valley Bakery", "Stonehouse Engineering"]);
    expect(internal[0]).toMatchObject({
      Employees: "34",
      Route: "Employee Ownership Trust",
      Confidential: "No",
    });
    expect(JSON.stringify(internal)).not.toContain("Jan Hext");
    for (const [query, token] of [
      ["&section=succession&audience=publication", undefined],
      ["&section=succession", viewer.token],
    ] as const) {
      const text = await (await get(query, token)).text();
      expect(parse(text).rows.map((row) => row.Name)).toEqual(["'=Tamar Valley Bakery"]);
      expect(text).not.toContain("Stonehouse");
    }
  });

  it("section=economy lists the local co-ops under the attribution line; the default stays one row per action", async () => {
    const { get } = await setUp();
    const economy = parse(await (await get("&section=economy")).text());
    expect(economy.comment).toBe(OPEN_DATA_ATTRIBUTION);
    expect(economy.rows.map((row) => row.name)).toEqual(["Plymouth Energy Community"]);
    const matrix = await get("");
    expect(matrix.headers.get("content-disposition")).not.toContain("-matrix");
    expect(await (await get("&section=matrix")).text()).toBe(await matrix.text());
    expect(Object.keys(parse(await (await get("")).text()).rows[0]!)).toContain("Theme");
  });

  it("an unknown section is a 400 naming it", async () => {
    const { get } = await setUp();
    const error = await expectError(await get("&section=budget"), 400, "validation_error");
    expect(error.message).toContain('"budget"');
  });
});
