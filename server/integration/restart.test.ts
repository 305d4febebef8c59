import { describe, expect, it } from "vitest";
import { createAction, getBoardTitleText, readBoard, setText } from "../../shared/board";
import { CLOSE_CODE } from "../../shared/protocol/close-codes";
import { createBoard, bearer } from "./api";
import { boardContent } from "./board-content";
import { eventually, useIntegration } from "./harness";

describe("graceful restart", () => {
  const harness = useIntegration();

  it("closes sockets with 4503 and keeps every edit: a new server on the same DATA_DIR serves the same content", async () => {
    const first = await harness.server();
    const board = await createBoard(first.url);
    const alice = harness.client(first.syncUrl, board.id, board.facilitatorToken);
    const bob = harness.client(first.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced && bob.provider.synced).toBe(true));
    const { themes, columns, actionCount } = readBoard(alice.doc);
    createAction(alice.doc, { title: "Co-op week stall", themeId: themes[1]!.id, columnId: columns[2]!.id });
    setText(getBoardTitleText(alice.doc), "Restarted plan");
    await eventually(() => expect(readBoard(bob.doc).actionCount).toBe(actionCount + 1));
    const before = boardContent(alice.doc);

    const bobCloseCodes: number[] = [];
    bob.provider.on("connection-close", (event) => bobCloseCodes.push(event?.code ?? 0));
    alice.provider.destroy();
    await first.close();
    await eventually(() => expect(bobCloseCodes[0]).toBe(CLOSE_CODE.serverShutdown));
    bob.provider.destroy();

    const second = await harness.server({ dataDir: first.dataDir });
    const carol = harness.client(second.syncUrl, board.id, board.facilitatorToken);
    await eventually(() => {
      expect(carol.provider.synced).toBe(true);
      expect(boardContent(carol.doc)).toEqual(before);
    });
    const summary = (await (
      await fetch(`${second.url}/api/boards/${board.id}`, { headers: bearer(board.facilitatorToken) })
    ).json()) as { title: string };
    expect(summary.title).toBe("Restarted plan");
  });
});
