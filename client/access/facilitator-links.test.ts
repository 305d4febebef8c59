import { describe, expect, it } from "vitest";
import {
  acknowledgeFacilitatorLink,
  FACILITATOR_LINKS_KEY,
  facilitatorToken,
  readFacilitatorLink,
  saveFacilitatorLink,
} from "./facilitator-links";

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

const boardId = "a".repeat(11) + "B".repeat(11);

describe("facilitator links on this device", () => {
  it("keeps the link, gives back its token, and remembers the notice was closed", () => {
    const storage = memoryStorage();
    saveFacilitatorLink(storage, boardId, `/b/${boardId}#token=cpl_secret`, new Date("2026-01-02T03:04Z"));
    expect(readFacilitatorLink(storage, boardId)).toEqual({
      url: `/b/${boardId}#token=cpl_secret`,
      savedAt: "2026-01-02T03:04:00.000Z",
      acknowledged: false,
    });
    expect(facilitatorToken(storage, boardId)).toBe("cpl_secret");
    acknowledgeFacilitatorLink(storage, boardId);
    expect(readFacilitatorLink(storage, boardId)?.acknowledged).toBe(true);
  });

  it("ignores unreadable data and entries for malformed board ids", () => {
    const storage = memoryStorage();
    storage.setItem(FACILITATOR_LINKS_KEY, "[oops");
    expect(readFacilitatorLink(storage, boardId)).toBeUndefined();
    storage.setItem(
      FACILITATOR_LINKS_KEY,
      JSON.stringify({ "../x": { url: "/", savedAt: "", acknowledged: false } }),
    );
    expect(facilitatorToken(storage, "../x")).toBeUndefined();
  });
});
