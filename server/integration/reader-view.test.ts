import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createBusiness,
  findBusiness,
  getBusinessNameText,
  getBusinessNotes,
  moveBusiness,
  readSuccession,
  setBusinessConfidential,
  setBusinessField,
} from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { createBoard, createLink } from "./api";
import { eventually, useIntegration } from "./harness";

/**
 * Every string below carries this marker, so one search of the bytes finds any of them. It must not
 * turn up by chance: the viewer's frames hold the whole board, with its random 12-character record ids
 * from [0-9a-zA-Z] (each holds a given 3 characters with odds of about 1 in 24,000) and kilobytes of
 * binary. The marker was "Zq7" until a CI run failed here once with no leak found in the code; the
 * '~' is outside the ids' alphabet, and 17 given bytes do not turn up in random binary.
 */
const MARK = "Zq7~confidential~";
const NAME = `${MARK} Hartley Joinery Ltd`;

describe("[issue 6] a viewer's browser never receives a confidential business's details", () => {
  const harness = useIntegration();

  async function setUp() {
    const server = await harness.server();
    const board = await createBoard(server.url, { title: "Plymouth Co-op Plan" });
    const viewerLink = await createLink(server.url, board, "viewer");
    const editor = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(editor.provider.synced).toBe(true));
    const stages = readSuccession(editor.doc).stages;
    const received: Buffer[] = [];
    const openViewer = () => {
      const viewer = harness.client(server.syncUrl, board.id, viewerLink.token, (frame) =>
        received.push(frame),
      );
      const closes: number[] = [];
      viewer.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
      return { ...viewer, closes };
    };
    const leaked = () => Buffer.concat(received).toString("latin1").includes(MARK);
    return { server, board, editor, stages, openViewer, received, leaked };
  }

  it("a placeholder holds the business's stage and place, live; its details never cross the wire", async () => {
    const { editor, stages, openViewer, leaked } = await setUp();
    const secret = createBusiness(editor.doc, {
      name: NAME,
      stageId: stages[0]!.id,
      confidential: true,
      employees: 14,
      fields: { sector: `${MARK} joinery`, contact: `${MARK} 07700 900123`, adviser: `${MARK} adviser` },
    });
    const open = createBusiness(editor.doc, { name: "Public Bakery", stageId: stages[0]!.id });
    const viewer = openViewer();
    await eventually(() => expect(findBusiness(viewer.doc, open)?.name).toBe("Public Bakery"));
    expect(findBusiness(viewer.doc, secret)).toMatchObject({
      name: "",
      sector: "",
      contact: "",
      employees: null,
      confidential: true,
      stageId: stages[0]!.id,
    });

    // Live edits to the confidential business: its name, notes and details, then a move.
    getBusinessNameText(editor.doc, secret)!.insert(0, `${MARK} `);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(`${MARK} owner retires in 2027`)]);
    getBusinessNotes(editor.doc, secret)!.insert(0, [paragraph]);
    setBusinessField(editor.doc, secret, "nextStep", `${MARK} valuation`);
    moveBusiness(editor.doc, secret, stages[2]!.id, 0);
    // A public business typed into at the same time still arrives.
    getBusinessNameText(editor.doc, open)!.insert(0, "The ");
    await eventually(() => {
      expect(findBusiness(viewer.doc, secret)?.stageId).toBe(stages[2]!.id);
      expect(findBusiness(viewer.doc, open)?.name).toBe("The Public Bakery");
    });
    expect(findBusiness(viewer.doc, secret)).toMatchObject({ name: "", nextStep: "" });
    expect(getBusinessNotes(viewer.doc, secret)?.length ?? 0).toBe(0);

    // A business made confidential: what is typed into it afterwards stays with the editors.
    setBusinessConfidential(editor.doc, open, true);
    await eventually(() =>
      expect(findBusiness(viewer.doc, open)).toMatchObject({ name: "", confidential: true }),
    );
    getBusinessNameText(editor.doc, open)!.insert(0, `${MARK} `);
    setBusinessField(editor.doc, open, "sector", "Bakery");
    moveBusiness(editor.doc, open, stages[1]!.id, 0);
    await eventually(() => expect(findBusiness(viewer.doc, open)?.stageId).toBe(stages[1]!.id));
    expect(findBusiness(viewer.doc, open)?.sector).toBe("");

    expect(viewer.closes).toEqual([]);
    expect(leaked()).toBe(false);
    // The editors kept everything.
    expect(findBusiness(editor.doc, secret)?.name).toBe(`${MARK} ${NAME}`);

    // A viewer joining now gets the same placeholders, and nothing more.
    const late = openViewer();
    await eventually(() => expect(late.provider.synced).toBe(true));
    expect(findBusiness(late.doc, secret)).toMatchObject({ name: "", stageId: stages[2]!.id });
    expect(leaked()).toBe(false);
  });

  it("making a business public starts viewers again from a fresh view, which shows it", async () => {
    const { editor, stages, openViewer, leaked } = await setUp();
    const id = createBusiness(editor.doc, { name: NAME, stageId: stages[0]!.id, confidential: true });
    const viewer = openViewer();
    await eventually(() => expect(findBusiness(viewer.doc, id)?.confidential).toBe(true));
    expect(leaked()).toBe(false);

    setBusinessConfidential(editor.doc, id, false);
    await eventually(() => expect(viewer.closes).toContain(CLOSE_CODE.viewReset));
    const fresh = openViewer();
    await eventually(() => expect(findBusiness(fresh.doc, id)?.name).toBe(NAME));
    // A stock provider reconnects with its old copy: its step 2 holds deletions the fresh view lacks,
    // which are ignored (never applied) rather than treated as an attempt to write.
    await eventually(() => expect(viewer.provider.synced).toBe(true));
    expect(viewer.closes).not.toContain(CLOSE_CODE.forbidden);
    expect(findBusiness(editor.doc, id)?.name).toBe(NAME);
  });
});
