import { describe, expect, it } from "vitest";
import { boardPath, matchRoute } from "./route";

const id = "a".repeat(11) + "B".repeat(11);

describe("matchRoute", () => {
  it("matches home with or without a trailing slash", () => {
    expect(matchRoute("/")).toEqual({ name: "home" });
    expect(matchRoute("")).toEqual({ name: "home" });
  });

  it("matches a board path and round-trips boardPath", () => {
    expect(matchRoute(`/b/${id}`)).toEqual({ name: "board", boardId: id });
    expect(matchRoute(`/b/${id}/`)).toEqual({ name: "board", boardId: id });
    expect(matchRoute(boardPath(id))).toEqual({ name: "board", boardId: id });
  });

  it("treats malformed board ids and unknown paths as not found", () => {
    expect(matchRoute("/b/short")).toEqual({ name: "not-found" });
    expect(matchRoute(`/b/${id}/extra`)).toEqual({ name: "not-found" });
    expect(matchRoute("/elsewhere")).toEqual({ name: "not-found" });
  });
});
