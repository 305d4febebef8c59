import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { createAction, getActionNotes, listAxis } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { createTestBoard } from "./testing/boards";
import { SyncHarness } from "./testing/harness";
import type { TestClient } from "./testing/test-client";

const schema = getSchema([StarterKit.configure({ undoRedo: false, heading: { levels: [3, 4] } })]);

const text = (value: string, marks: object[] = []) => ({ type: "text", text: value, marks });

/** Notes that use every node and mark the editor has. */
const EVERYTHING = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 3 }, content: [text("Heading")] },
    {
      type: "paragraph",
      content: [
        text("bold ", [{ type: "bold" }]),
        text("italic ", [{ type: "italic" }]),
        text("strike ", [{ type: "strike" }]),
        text("code ", [{ type: "code" }]),
        text("underline ", [{ type: "underline" }]),
        text("link", [{ type: "link", attrs: { href: "https://example.org", target: "_blank" } }]),
        text(" mail", [{ type: "link", attrs: { href: "mailto:a@example.org" } }]),
        { type: "hardBreak" },
        text("after break"),
      ],
    },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("bullet")] }] }],
    },
    {
      type: "orderedList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("number")] }] }],
    },
    { type: "blockquote", content: [{ type: "paragraph", content: [text("quote")] }] },
    { type: "codeBlock", content: [text("let x = 1;")] },
    { type: "horizontalRule" },
  ],
};

describe("rich text guard", () => {
  let harness: SyncHarness;

  afterEach(async () => {
    await harness.dispose();
  });

  /** A synced editor with one action, whose notes fragment it returns. */
  async function notesOfNewAction(): Promise<{ client: TestClient; notes: Y.XmlFragment; actionId: string }> {
    harness = new SyncHarness("memory");
    await createTestBoard(harness.store, "board");
    const client = harness.client("board");
    await vi.waitFor(() => expect(client.synced).toBe(true));
    const columnId = listAxis(client.doc, "column")[0]!.id;
    const themeId = listAxis(client.doc, "theme")[0]!.id;
    const actionId = createAction(client.doc, { title: "Notes test", themeId, columnId });
    await vi.waitFor(async () =>
      expect(
        await harness.manager.readDoc("board", (doc) => getActionNotes(doc, actionId) !== undefined),
      ).toBe(true),
    );
    return { client, notes: getActionNotes(client.doc, actionId)!, actionId };
  }

  const serverNotes = (actionId: string) =>
    harness.manager.readDoc("board", (doc) => getActionNotes(doc, actionId)!.toString());

  it("[S22] notes with every node and mark of the editor are accepted and stored", async () => {
    const { client, notes, actionId } = await notesOfNewAction();
    prosemirrorJSONToYXmlFragment(schema, EVERYTHING, notes);
    await vi.waitFor(async () => expect(await serverNotes(actionId)).toBe(notes.toString()));
    const names = notes.toArray().map((node) => (node instanceof Y.XmlElement ? node.nodeName : "text"));
    expect(names).toContain("horizontalRule");
    expect(client.closeCode).toBeUndefined();
  });

  const REFUSED: [string, (notes: Y.XmlFragment) => void, string][] = [
    [
      "an element outside the schema",
      (notes) => notes.insert(0, [new Y.XmlElement("script")]),
      "element script",
    ],
    ["a hook", (notes) => notes.insert(0, [new Y.XmlHook("widget") as unknown as Y.XmlElement]), "hook"],
    [
      "a mark outside the schema",
      (notes) => {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText()]);
        notes.insert(0, [paragraph]);
        (paragraph.get(0) as Y.XmlText).insert(0, "click", { onclick: { code: "alert(1)" } });
      },
      "format onclick",
    ],
    [
      "a javascript: link",
      (notes) => {
        const paragraph = new Y.XmlElement("paragraph");
        const line = new Y.XmlText();
        paragraph.insert(0, [line]);
        notes.insert(0, [paragraph]);
        line.insert(0, "click", { link: { href: "javascript:alert(1)" } });
      },
      "link href not allowed",
    ],
    [
      "a link with an unknown attribute",
      (notes) => {
        const line = new Y.XmlText();
        notes.insert(0, [line]);
        line.insert(0, "click", { link: { href: "https://example.org", onmouseover: "x" } });
      },
      "link href not allowed",
    ],
    [
      "an embed",
      (notes) => {
        const line = new Y.XmlText();
        notes.insert(0, [line]);
        line.insertEmbed(0, { image: "https://example.org/x.png" });
      },
      "embed",
    ],
  ];

  it.each(REFUSED)(
    "[S22] %s is refused with malformedMessage and never applied",
    async (_name, edit, detail) => {
      const { client, notes, actionId } = await notesOfNewAction();
      const before = await serverNotes(actionId);
      client.doc.transact(() => edit(notes));
      await vi.waitFor(() => expect(client.closeCode).toBe(CLOSE_CODE.malformedMessage));
      expect(client.socket.closedWith?.reason).toBe(`malformed message: rich text: ${detail}`);
      expect(await serverNotes(actionId)).toBe(before);
    },
  );
});
