import Database from "better-sqlite3";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BoardExport } from "../../shared/export/board-json";
import { bearer, createBoard, expectError } from "./api";
import { useIntegration } from "./harness";
import { exportFile, listSnapshots, saveSnapshot } from "./snapshot-api";

const UNKNOWN_SNAPSHOT = "AAAAAAAAAAAA";

describe("[V7] bad input gets a 4xx JSON error and changes nothing", () => {
  const harness = useIntegration();

  async function setUp(env: Record<string, string> = {}) {
    const server = await harness.server({ env });
    const board = await createBoard(server.url, { title: "Plymouth Co-op Plan" });
    const snapshot = await saveSnapshot(server.url, board, "End of workshop 1");
    const exported = await (await exportFile(server.url, board, "format=json")).text();
    const counts = () => {
      const db = new Database(join(server.dataDir, "coplan.sqlite"), { readonly: true });
      try {
        const count = (table: string) =>
          (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
        return { boards: count("boards"), snapshots: count("snapshots"), links: count("links") };
      } finally {
        db.close();
      }
    };
    const live = async () => {
      const { exportedAt: _at, ...content } = JSON.parse(
        await (await exportFile(server.url, board, "format=json")).text(),
      ) as BoardExport;
      return content;
    };
    return { server, board, snapshot, exported, counts, live };
  }

  it("an unknown snapshot is 404 snapshot_not_found to read, delete, restore, compare and export", async () => {
    const { server, board, counts, live } = await setUp();
    const before = { counts: counts(), live: await live() };
    const base = `${server.url}/api/boards/${board.id}`;
    const auth = bearer(board.facilitatorToken);
    const requests: [string, RequestInit][] = [
      [`${base}/snapshots/${UNKNOWN_SNAPSHOT}`, { headers: auth }],
      [`${base}/snapshots/${UNKNOWN_SNAPSHOT}`, { method: "DELETE", headers: auth }],
      [`${base}/snapshots/${UNKNOWN_SNAPSHOT}/restore`, { method: "POST", headers: auth }],
      [`${base}/diff?from=${UNKNOWN_SNAPSHOT}&to=current`, { headers: auth }],
      [`${base}/diff?from=current&to=${UNKNOWN_SNAPSHOT}`, { headers: auth }],
      [`${base}/export?format=pdf&snapshot=${UNKNOWN_SNAPSHOT}`, { headers: auth }],
    ];
    for (const [url, init] of requests) await expectError(await fetch(url, init), 404, "snapshot_not_found");
    expect(counts()).toEqual(before.counts);
    expect(await live()).toEqual(before.live);
  });

  it("an unknown format, a malformed snapshot id or an empty label is 400", async () => {
    const { server, board, counts } = await setUp();
    const before = counts();
    const base = `${server.url}/api/boards/${board.id}`;
    const auth = bearer(board.facilitatorToken, { "content-type": "application/json" });
    const error = await expectError(
      await fetch(`${base}/export?format=xlsx`, { headers: auth }),
      400,
      "validation_error",
    );
    expect(error.message).toContain("format must be one of: json, md, csv, docx, pdf");
    await expectError(await fetch(`${base}/snapshots/not-an-id`, { headers: auth }), 400, "validation_error");
    await expectError(await fetch(`${base}/diff?from=../x`, { headers: auth }), 400, "validation_error");
    for (const label of ["", "   ", "x".repeat(121)]) {
      const response = await fetch(`${base}/snapshots`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ label }),
      });
      await expectError(response, 400, "validation_error");
    }
    expect(counts()).toEqual(before);
  });

  it("a malformed, foreign, newer-schema, invalid or too large import creates nothing", async () => {
    const { server, exported, counts } = await setUp({ MAX_IMPORT_BYTES: String(200 * 1024) });
    const before = counts();
    const importing = (body: string) =>
      fetch(`${server.url}/api/boards/import`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    const file = JSON.parse(exported) as Record<string, unknown>;

    await expectError(await importing("{ not json"), 400, "malformed_json");
    await expectError(await importing(JSON.stringify({ format: "trello-board" })), 400, "invalid_import");
    const newer = await expectError(
      await importing(JSON.stringify({ ...file, formatVersion: 2 })),
      400,
      "unsupported_format_version",
    );
    expect(newer.message).toContain("formatVersion 2 is newer");
    const actions = structuredClone(file.actions) as Record<string, unknown>[];
    actions[0]!.status = "finished";
    const invalid = await expectError(
      await importing(JSON.stringify({ ...file, actions })),
      400,
      "invalid_import",
    );
    expect(invalid.issues).toEqual([expect.objectContaining({ path: "actions.0.status" })]);
    const linked = structuredClone(file.actions) as { notes: { json: unknown } }[];
    linked[0]!.notes.json = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
      ],
    };
    await expectError(await importing(JSON.stringify({ ...file, actions: linked })), 400, "invalid_import");
    await expectError(
      await importing(JSON.stringify({ ...file, padding: "x".repeat(300 * 1024) })),
      413,
      "payload_too_large",
    );

    expect(counts()).toEqual(before);
  });

  it("a viewer may read, compare and export but not save, delete or restore", async () => {
    const { server, board, snapshot, counts } = await setUp();
    const link = await fetch(`${server.url}/api/boards/${board.id}/links`, {
      method: "POST",
      headers: bearer(board.facilitatorToken, { "content-type": "application/json" }),
      body: JSON.stringify({ role: "viewer" }),
    });
    const { token } = (await link.json()) as { token: string };
    const before = counts();
    const base = `${server.url}/api/boards/${board.id}`;
    const auth = bearer(token, { "content-type": "application/json" });
    expect((await listSnapshots(server.url, board, token)).map((item) => item.id)).toEqual([snapshot.id]);
    expect((await fetch(`${base}/diff?from=${snapshot.id}`, { headers: auth })).status).toBe(200);
    await expectError(
      await fetch(`${base}/snapshots`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ label: "Mine" }),
      }),
      403,
      "forbidden",
    );
    await expectError(
      await fetch(`${base}/snapshots/${snapshot.id}`, { method: "DELETE", headers: auth }),
      403,
      "forbidden",
    );
    await expectError(
      await fetch(`${base}/snapshots/${snapshot.id}/restore`, { method: "POST", headers: auth }),
      403,
      "forbidden",
    );
    expect(counts()).toEqual(before);
  });
});
