import { describe, expect, it } from "vitest";
import {
  forgetBoard,
  readRecentBoards,
  RECENT_BOARDS_KEY,
  RECENT_BOARDS_LIMIT,
  rememberBoard,
} from "./recent-boards";

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

const boardId = (n: number) => `board${String(n).padStart(17, "0")}`;

describe("recent boards on this device", () => {
  it("keeps the most recently opened first and one entry per board", () => {
    const storage = memoryStorage();
    rememberBoard(storage, { id: boardId(1), title: "Plymouth", area: "PCC" }, new Date("2025-01-01T10:00Z"));
    rememberBoard(storage, { id: boardId(2), title: "Preston", area: "" }, new Date("2025-01-02T10:00Z"));
    rememberBoard(
      storage,
      { id: boardId(1), title: "Plymouth plan", area: "PCC" },
      new Date("2025-01-03T10:00Z"),
    );
    const boards = readRecentBoards(storage);
    expect(boards.map((b) => [b.id, b.title])).toEqual([
      [boardId(1), "Plymouth plan"],
      [boardId(2), "Preston"],
    ]);
    expect(boards[0]!.lastOpened).toBe("2025-01-03T10:00:00.000Z");
  });

  it("caps the list and forgets a board on request", () => {
    const storage = memoryStorage();
    for (let n = 0; n < RECENT_BOARDS_LIMIT + 5; n++) {
      rememberBoard(
        storage,
        { id: boardId(n), title: `Plan ${n}`, area: "" },
        new Date(Date.UTC(2025, 0, 1, 0, n)),
      );
    }
    expect(readRecentBoards(storage)).toHaveLength(RECENT_BOARDS_LIMIT);
    forgetBoard(storage, boardId(RECENT_BOARDS_LIMIT + 4));
    expect(readRecentBoards(storage).map((b) => b.id)).not.toContain(boardId(RECENT_BOARDS_LIMIT + 4));
  });

  it("ignores unreadable or malformed stored data", () => {
    const storage = memoryStorage();
    storage.setItem(RECENT_BOARDS_KEY, "{oops");
    expect(readRecentBoards(storage)).toEqual([]);
    storage.setItem(
      RECENT_BOARDS_KEY,
      JSON.stringify([{ id: "bad id", title: "x", area: "", lastOpened: "" }, 3]),
    );
    expect(readRecentBoards(storage)).toEqual([]);
  });
});
