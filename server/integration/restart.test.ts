import { describe, expect, it } from "vitest";
import { createAction, getBoardTitleText, readBoard, setText } from "../../shared/board";
import { createBoard } from "./api";
import { boardContent } from "./board-content";
import { eventually, useIntegration } from "./harness";

describe("graceful restart", () => {
  const it_ = useIntegration();

  it("keeps every edit: a new server on the same DATA_DIR serves the same content", async () => {
    const first = await it_.server();
    const board = await createBoard(first.url);
    const alice = it_.client(first.syncUrl, board.id);
    const bob = it_.client(first.syncUrl, board.id);
    await eventually(() => expect(alice.provider.synced && bob.provider.synced).toBe(true));
    const { themes, columns, actionCount } = readBoard(alice.doc);
    createAction(alice.doc, { title: "Co-op week stall", themeId: themes[1]!.id, columnId: columns[2]!.id });
    setText(getBoardTitleText(alice.doc), "Restarted plan");
    await eventually(() => expect(readBoard(bob.doc).actionCount).toBe(actionCount + 1));
    const before = boardContent(alice.doc);

    alice.provider.destroy();
    bob.provider.destroy();
    await first.close();

    const second = await it_.server({ dataDir: first.dataDir });
    const carol = it_.client(second.syncUrl, board.id);
    await eventually(() => {
      expect(carol.provider.synced).toBe(true);
      expect(boardContent(carol.doc)).toEqual(before);
    });
    const summary = (await (await fetch(`${second.url}/api/boards/${board.id}`)).json()) as { title: string };
    expect(summary.title).toBe("Restarted plan");
  });
});
