import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { z } from "zod";
import { getActionNotes, readBoard } from "../../shared/board";
import { EXPORT_FORMAT, type BoardExport } from "../../shared/export/board-json";
import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { createBoard, bearer } from "./api";
import { eventually, useIntegration } from "./harness";

const exportSchema = z.fromJSONSchema(
  JSON.parse(readFileSync(new URL("../../docs/export.schema.json", import.meta.url), "utf8")) as Parameters<
    typeof z.fromJSONSchema
  >[0],
);

/** What Tiptap writes into an action's notes fragment for a heading, a paragraph with bold, and a list. */
function typeNotes(notes: Y.XmlFragment): void {
  const heading = new Y.XmlElement("heading");
  heading.setAttribute("level", "2");
  heading.insert(0, [new Y.XmlText("Next steps")]);
  const paragraph = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  const item = (content: string) => {
    const listItem = new Y.XmlElement("listItem");
    const itemParagraph = new Y.XmlElement("paragraph");
    itemParagraph.insert(0, [new Y.XmlText(content)]);
    listItem.insert(0, [itemParagraph]);
    return listItem;
  };
  const list = new Y.XmlElement("bulletList");
  list.insert(0, [item("Ask the credit union"), item("Book the town hall")]);
  notes.insert(0, [heading, paragraph, list]);
  text.insert(0, "Talk to ");
  text.insert(8, "Plymouth Energy Community", { bold: true });
}

describe("GET /api/boards/:id/export?format=json", () => {
  const harness = useIntegration();

  it("exports a council-action-plan board with plain-string titles and notes as rich-text JSON and text", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url, {
      title: "Plymouth Co-op Plan",
      area: "Plymouth City Council",
    });
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    const bob = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced && bob.provider.synced).toBe(true));
    const action = readBoard(alice.doc).cells.values().next().value![0]!;
    typeNotes(getActionNotes(alice.doc, action.id)!);
    await eventually(() => expect(getActionNotes(bob.doc, action.id)!.length).toBe(3));

    const response = await fetch(`${server.url}/api/boards/${board.id}/export?format=json`, {
      headers: bearer(board.facilitatorToken),
    });
    expect(response.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="plymouth-co-op-plan-live-${today}.json"`,
    );
    const exported = (await response.json()) as BoardExport;
    expect(exportSchema.safeParse(exported).error).toBeUndefined();

    expect(exported).toMatchObject({
      format: EXPORT_FORMAT,
      formatVersion: 1,
      board: {
        id: board.id,
        title: "Plymouth Co-op Plan",
        area: "Plymouth City Council",
        template: "council-action-plan",
      },
    });
    expect(exported.columns.map((column) => column.title)).toEqual(councilActionPlan.columns);
    expect(exported.themes.map((theme) => theme.title)).toEqual(
      councilActionPlan.themes.map((theme) => theme.title),
    );
    const seededTitles = councilActionPlan.themes.flatMap((theme) => theme.actions.filter(Boolean));
    expect(exported.actions.map((exportedAction) => exportedAction.title)).toEqual(seededTitles);
    for (const exportedAction of exported.actions) expect(typeof exportedAction.title).toBe("string");

    const noted = exported.actions.find((exportedAction) => exportedAction.id === action.id)!;
    expect(noted.notes.text).toBe(
      "Next steps\nTalk to Plymouth Energy Community\n- Ask the credit union\n- Book the town hall",
    );
    expect(noted.notes.json).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: "2" }, content: [{ type: "text", text: "Next steps" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Talk to " },
            { type: "text", text: "Plymouth Energy Community", marks: [{ type: "bold" }] },
          ],
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "Ask the credit union" }] }],
            },
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "Book the town hall" }] }],
            },
          ],
        },
      ],
    });

    const withBadNote = structuredClone(exported);
    withBadNote.actions[0]!.notes.json = {
      type: "doc",
      content: [{ type: "text", text: 42 as unknown as string }],
    };
    expect(exportSchema.safeParse(withBadNote).success).toBe(false);

    const untouched = exported.actions.find((exportedAction) => exportedAction.id !== action.id)!;
    expect(untouched.notes).toEqual({ json: { type: "doc", content: [] }, text: "" });
  });
});
