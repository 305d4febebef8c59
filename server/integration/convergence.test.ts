import { describe, expect, it } from "vitest";
import { createAction, getActionTitleText, getBoardTitleText, readBoard, setText } from "../../shared/board";
import { createBoard } from "./api";
import { boardContent } from "./board-content";
import { eventually, useIntegration } from "./harness";

describe("two clients on one board", () => {
  const harness = useIntegration();

  it("converge on each other's edits, and a client joining later receives everything", async () => {
    const server = await harness.server();
    const board = await createBoard(server.url);
    const alice = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    const bob = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced && bob.provider.synced).toBe(true));
    expect(readBoard(bob.doc).meta.title).toBe("Plymouth action plan");

    const seeded = readBoard(alice.doc);
    const theme = seeded.themes[0]!;
    const column = seeded.columns[0]!;
    const actionId = createAction(alice.doc, {
      title: "Map anchor institutions",
      themeId: theme.id,
      columnId: column.id,
    });
    setText(getBoardTitleText(bob.doc), "Plymouth co-operative action plan");
    await eventually(() => {
      expect(readBoard(bob.doc).actionCount).toBe(seeded.actionCount + 1);
      expect(readBoard(alice.doc).meta.title).toBe("Plymouth co-operative action plan");
    });

    // Concurrent edits to the same title text merge instead of overwriting each other.
    setText(getActionTitleText(alice.doc, actionId)!, "Map anchor institutions (NHS, university)");
    setText(getActionTitleText(bob.doc, actionId)!, "Draft: Map anchor institutions");
    await eventually(() => {
      expect(getActionTitleText(alice.doc, actionId)!.toString()).toBe(
        "Draft: Map anchor institutions (NHS, university)",
      );
      expect(boardContent(bob.doc)).toEqual(boardContent(alice.doc));
    });

    const carol = harness.client(server.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => {
      expect(carol.provider.synced).toBe(true);
      expect(boardContent(carol.doc)).toEqual(boardContent(alice.doc));
    });
    expect(readBoard(carol.doc).meta.title).toBe("Plymouth co-operative action plan");
  });
});
