import { describe, expect, it } from "vitest";
import { exportBoardJson } from "./board-json";
import { importBoardJson } from "./import-board";
import { templateBoard } from "../sections/testing/template-board";

const exported = () =>
  JSON.parse(JSON.stringify(exportBoardJson(templateBoard(), "b".repeat(22)))) as Record<string, unknown>;

describe("[V7] importBoardJson", () => {
  it("refuses what is not a Coplan export", () => {
    const result = importBoardJson({ hello: "world" });
    expect(result.ok === false && result.problem.kind).toBe("notAnExport");
  });

  it("refuses a newer formatVersion, naming it", () => {
    const result = importBoardJson({ ...exported(), formatVersion: 2 });
    expect(result.ok === false && result.problem).toMatchObject({
      kind: "newerVersion",
      message: expect.stringContaining("2"),
    });
  });

  it("refuses invalid content, naming each bad field", () => {
    const file = exported();
    const actions = file.actions as Record<string, unknown>[];
    actions[0]!.status = "finished";
    const result = importBoardJson(file);
    expect(result.ok === false && result.problem).toMatchObject({
      kind: "invalidContent",
      issues: [expect.objectContaining({ path: "actions.0.status" })],
    });
  });

  it("refuses duplicate ids", () => {
    const file = exported();
    const themes = file.themes as Record<string, unknown>[];
    themes[1]!.id = themes[0]!.id;
    const result = importBoardJson(file);
    expect(result.ok === false && result.problem.issues).toEqual([
      expect.objectContaining({ path: "themes.1.id" }),
    ]);
  });
});
