import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutoSnapshots } from "./auto-snapshots";

describe("[V5] AutoSnapshots", () => {
  let saved: string[];
  let auto: AutoSnapshots;

  beforeEach(() => {
    vi.useFakeTimers();
    saved = [];
    auto = new AutoSnapshots({
      quietMs: 1000,
      minEdits: 3,
      save: async (boardId) => void saved.push(boardId),
      onError: () => {},
    });
  });

  afterEach(() => {
    auto.stop();
    vi.useRealTimers();
  });

  const edit = (boardId: string, times: number) => {
    for (let index = 0; index < times; index++) auto.edited(boardId);
  };

  it("saves once a board has been quiet for quietMs after at least minEdits edits", () => {
    edit("a", 3);
    vi.advanceTimersByTime(999);
    edit("a", 1);
    vi.advanceTimersByTime(999);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual(["a"]);
    vi.advanceTimersByTime(10_000);
    expect(saved).toEqual(["a"]);
  });

  it("ignores a burst smaller than minEdits, and counts each board on its own", () => {
    edit("a", 2);
    edit("b", 3);
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual(["b"]);
    edit("a", 1);
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual(["b"]);
  });

  it("saves nothing after stop", () => {
    edit("a", 5);
    auto.stop();
    vi.advanceTimersByTime(5000);
    expect(saved).toEqual([]);
  });
});
