import { describe, expect, it } from "vitest";
import { newBoardId } from "../../shared/board/ids";
import { boardIdFromSyncPath } from "./sync-path";

describe("boardIdFromSyncPath", () => {
  const id = newBoardId();

  it("returns the board id of /sync/:boardId, ignoring the query", () => {
    expect(boardIdFromSyncPath(`/sync/${id}`)).toBe(id);
    expect(boardIdFromSyncPath(`/sync/${id}?token=x`)).toBe(id);
  });

  it.each([
    ["another path", `/api/boards/${id}`],
    ["a badly shaped id", "/sync/not-a-board"],
    ["a nested path", `/sync/${id}/more`],
    ["no id", "/sync/"],
    ["no target", undefined],
  ])("returns undefined for %s", (_name, target) => {
    expect(boardIdFromSyncPath(target)).toBeUndefined();
  });
});
