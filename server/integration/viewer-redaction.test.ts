import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { SnapshotWithState } from "../../shared/api/snapshots";
import {
  createBusiness,
  deleteBusiness,
  findBusiness,
  readSuccession,
  setBusinessConfidential,
} from "../../shared/board";
import { bearer, createBoard, createLink } from "./api";
import { eventually, useIntegration } from "./harness";
import { restoreSnapshot, saveSnapshot } from "./snapshot-api";

const NAME = "Hartley Joinery Ltd";
const CONTACT = "Margaret Hartley, 07700 900123";

describe("[issue 6] viewers never see a confidential business through Compare or a snapshot", () => {
  const harness = useIntegration();

  async function setUp() {
    const server = await harness.server();
    const board = await createBoard(server.url, { title: "Plymouth Co-op Plan" });
    const viewer = await createLink(server.url, board, "viewer");
    const before = await saveSnapshot(server.url, board, "Before the business");
    const editor = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    const witness = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(editor.provider.synced && witness.provider.synced).toBe(true));
    const stageId = readSuccession(editor.doc).stages[0]!.id;
    const id = createBusiness(editor.doc, {
      name: NAME,
      stageId,
      confidential: true,
      employees: 14,
      fields: { contact: CONTACT, sector: "Joinery" },
    });
    await eventually(() => expect(findBusiness(witness.doc, id)?.name).toBe(NAME));
    const after = await saveSnapshot(server.url, board, "With the business");
    const base = `${server.url}/api/boards/${board.id}`;
    return { base, board, viewer, before, after, id };
  }

  /** A board with a viewer link and a business not (yet) confidential, made by a synced editor. */
  async function boardWithPublicBusiness() {
    const server = await harness.server();
    const board = await createBoard(server.url, { title: "Plymouth Co-op Plan" });
    const viewer = await createLink(server.url, board, "viewer");
    const editor = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(editor.provider.synced).toBe(true));
    const stageId = readSuccession(editor.doc).stages[0]!.id;
    const id = createBusiness(editor.doc, { name: NAME, stageId, fields: { contact: CONTACT } });
    return { server, board, viewer, editor, id };
  }

  it("a viewer's diff carries neither name nor contact; a facilitator's carries both", async () => {
    const { base, board, viewer, before } = await setUp();
    const diffAs = async (token: string) => {
      const response = await fetch(`${base}/diff?from=${before.id}&to=current`, { headers: bearer(token) });
      expect(response.status).toBe(200);
      return response.text();
    };
    const facilitatorDiff = await diffAs(board.facilitatorToken);
    expect(facilitatorDiff).toContain(NAME);
    expect(facilitatorDiff).toContain(CONTACT);
    const viewerDiff = await diffAs(viewer.token);
    expect(viewerDiff).not.toContain(NAME);
    expect(viewerDiff).not.toContain("Hartley");
    expect(viewerDiff).not.toContain("07700");
  });

  it("a viewer's snapshot state holds only a placeholder; a facilitator's holds the business", async () => {
    const { base, board, viewer, after, id } = await setUp();
    const stateAs = async (token: string) => {
      const response = await fetch(`${base}/snapshots/${after.id}`, { headers: bearer(token) });
      expect(response.status).toBe(200);
      const { state } = (await response.json()) as SnapshotWithState;
      const bytes = Buffer.from(state, "base64");
      const doc = new Y.Doc();
      Y.applyUpdate(doc, bytes);
      return { doc, raw: bytes.toString("latin1") };
    };
    const facilitator = await stateAs(board.facilitatorToken);
    expect(findBusiness(facilitator.doc, id)).toMatchObject({ name: NAME, contact: CONTACT });
    const seen = await stateAs(viewer.token);
    expect(findBusiness(seen.doc, id)).toMatchObject({
      name: "",
      contact: "",
      sector: "",
      employees: null,
      confidential: true,
    });
    // Not even as deleted content left in the update's bytes.
    expect(seen.raw).not.toContain("Hartley");
    expect(seen.raw).not.toContain("07700");
  });

  it("a business marked confidential after a version was saved stays hidden in that version, and a restore keeps it confidential", async () => {
    const { server, board, viewer, editor, id } = await boardWithPublicBusiness();
    await eventually(async () => expect(await exportOf(board.facilitatorToken, "md", "")).toContain(NAME));
    const then = await saveSnapshot(server.url, board, "Before it was confidential");
    setBusinessConfidential(editor.doc, id, true);
    await eventually(async () =>
      expect(await exportOf(board.facilitatorToken, "md", "&audience=publication")).not.toContain(NAME),
    );

    async function exportOf(token: string, format: string, extra: string) {
      const response = await fetch(`${server.url}/api/boards/${board.id}/export?format=${format}${extra}`, {
        headers: bearer(token),
      });
      expect(response.status).toBe(200);
      return response.text();
    }
    const base = `${server.url}/api/boards/${board.id}`;
    const seenBy = async (path: string, token = viewer.token) => {
      const response = await fetch(`${base}${path}`, { headers: bearer(token) });
      expect(response.status).toBe(200);
      return response.text();
    };
    const snapshotState = JSON.parse(await seenBy(`/snapshots/${then.id}`)) as SnapshotWithState;
    const viewed = [
      Buffer.from(snapshotState.state, "base64").toString("latin1"),
      await seenBy(`/diff?from=${then.id}&to=current`),
      await seenBy(`/diff?from=${then.id}&to=${then.id}`),
      ...(await Promise.all(
        ["json", "md", "csv&section=succession"].map((format) =>
          seenBy(`/export?format=${format}&snapshot=${then.id}`),
        ),
      )),
      await seenBy(`/export?format=md&snapshot=${then.id}&audience=publication`, board.facilitatorToken),
    ];
    for (const body of viewed) {
      expect(body).not.toContain("Hartley");
      expect(body).not.toContain("07700");
    }
    // The facilitator's own look at history is unchanged: the version shows what it held.
    expect(await seenBy(`/export?format=md&snapshot=${then.id}`, board.facilitatorToken)).toContain(NAME);

    // Restoring the older version does not make the business public again.
    await restoreSnapshot(server.url, board, then.id);
    await eventually(() =>
      expect(findBusiness(editor.doc, id)).toMatchObject({ name: NAME, confidential: true }),
    );
  });

  it("a business deleted while confidential stays hidden in older versions, and a restore brings it back confidential", async () => {
    const { server, board, viewer, editor, id } = await boardWithPublicBusiness();
    const base = `${server.url}/api/boards/${board.id}`;
    const read = async (path: string, token = viewer.token) => {
      const response = await fetch(`${base}${path}`, { headers: bearer(token) });
      expect(response.status).toBe(200);
      return response.text();
    };
    await eventually(async () =>
      expect(await read("/export?format=md", board.facilitatorToken)).toContain(NAME),
    );
    const then = await saveSnapshot(server.url, board, "Before it was confidential");
    setBusinessConfidential(editor.doc, id, true);
    deleteBusiness(editor.doc, id);
    await eventually(async () =>
      expect(await read("/export?format=md", board.facilitatorToken)).not.toContain(NAME),
    );

    const snapshot = JSON.parse(await read(`/snapshots/${then.id}`)) as SnapshotWithState;
    for (const body of [
      Buffer.from(snapshot.state, "base64").toString("latin1"),
      await read(`/diff?from=${then.id}&to=current`),
      await read(`/export?format=md&snapshot=${then.id}`),
      await read(`/export?format=json&snapshot=${then.id}&audience=publication`, board.facilitatorToken),
    ]) {
      expect(body).not.toContain("Hartley");
      expect(body).not.toContain("07700");
    }

    await restoreSnapshot(server.url, board, then.id);
    await eventually(() =>
      expect(findBusiness(editor.doc, id)).toMatchObject({ name: NAME, confidential: true }),
    );
  });
});
