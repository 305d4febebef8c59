import { describe, expect, it } from "vitest";
import { createAction, getActionTitleText, readBoard, setText } from "../../shared/board";
import type { CreatedBoard } from "../../shared/api/roles";
import { createBoard } from "./api";
import { boardContent } from "./board-content";
import { eventually, syncUrlOf, useIntegration, type TestClient } from "./harness";
import { killHard, spawnServer, type ChildServer } from "./child-server";

describe("kill -9 of the server process", () => {
  const harness = useIntegration();

  async function start(dataDir: string): Promise<ChildServer> {
    const server = await spawnServer(dataDir);
    harness.defer(() => killHard(server));
    return server;
  }

  async function pair(server: ChildServer, board: CreatedBoard): Promise<[TestClient, TestClient]> {
    const alice = harness.client(syncUrlOf(server.url), board.id, board.facilitatorToken);
    const bob = harness.client(syncUrlOf(server.url), board.id, board.facilitatorToken);
    await eventually(() => expect(alice.provider.synced && bob.provider.synced).toBe(true));
    return [alice, bob];
  }

  async function contentAfterRestart(dataDir: string, board: CreatedBoard) {
    const server = await start(dataDir);
    const fresh = harness.client(syncUrlOf(server.url), board.id, board.facilitatorToken);
    await eventually(() => expect(fresh.provider.synced).toBe(true));
    return boardContent(fresh.doc);
  }

  it("keeps an edit that reached a second client", async () => {
    const dataDir = await harness.tempDir();
    const server = await start(dataDir);
    const board = await createBoard(server.url);
    const [alice, bob] = await pair(server, board);
    const { themes, columns } = readBoard(alice.doc);
    const actionId = createAction(alice.doc, {
      title: "Community shares pilot",
      themeId: themes[0]!.id,
      columnId: columns[0]!.id,
    });
    await eventually(() =>
      expect(getActionTitleText(bob.doc, actionId)?.toString()).toBe("Community shares pilot"),
    );
    const seen = boardContent(bob.doc);

    await killHard(server);

    expect(await contentAfterRestart(dataDir, board)).toEqual(seen);
  });

  it("keeps a burst of 200 edits when killed right after the second client saw the last one", async () => {
    const dataDir = await harness.tempDir();
    const server = await start(dataDir);
    const board = await createBoard(server.url);
    const [alice, bob] = await pair(server, board);
    const { themes, columns } = readBoard(alice.doc);
    const actionId = createAction(alice.doc, { title: "", themeId: themes[2]!.id, columnId: columns[1]!.id });
    const title = getActionTitleText(alice.doc, actionId)!;
    let expected = "";
    for (let index = 0; index < 200; index++) {
      expected += String.fromCharCode(97 + (index % 26));
      setText(title, expected);
    }
    await eventually(() => expect(getActionTitleText(bob.doc, actionId)?.toString()).toBe(expected));
    const seen = boardContent(bob.doc);

    await killHard(server);

    const recovered = await contentAfterRestart(dataDir, board);
    expect(recovered.actions.find((action) => action.id === actionId)?.title).toBe(expected);
    expect(recovered).toEqual(seen);
  });
});
