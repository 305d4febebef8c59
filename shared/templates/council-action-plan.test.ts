import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { councilActionPlan } from "./council-action-plan";
import { findTemplate, seedBoard } from "./index";
import { readBoard } from "../board/read-board";

const seed = readFileSync(new URL("./source/council-action-plans.txt", import.meta.url), "utf8");
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
const seedText = normalise(seed);
// The one deliberate generalisation (see source/README.md).
const inSeedWording = (title: string) => title.replace("in the local economy", "in the Plymouth economy");

/** The Action Plan table as the seed lays it out: theme title, then its Finance, Support, Inform actions. */
function seedActionPlan(): string[] {
  const start = seed.indexOf("Template: Action Plan");
  return seed
    .slice(start)
    .split("\n")
    .map(normalise)
    .filter((line) => line.length > 0)
    .slice(4); // heading + Finance, Support, Inform
}

describe("council-action-plan template", () => {
  it("has the seed's columns in order", () => {
    expect(councilActionPlan.columns).toEqual(["Finance", "Support", "Inform"]);
  });

  it("has exactly 4 themes × 3 actions, matching the seed line for line", () => {
    const expected = seedActionPlan();
    expect(expected).toHaveLength(16);
    const actual = councilActionPlan.themes
      .flatMap((theme) => [theme.title, ...theme.actions])
      .map(inSeedWording);
    expect(councilActionPlan.themes).toHaveLength(4);
    for (const theme of councilActionPlan.themes) expect(theme.actions).toHaveLength(3);
    expect(actual).toEqual(expected);
    for (const line of actual) expect(seedText).toContain(line);
  });

  it("seeds a board whose matrix holds one action per cell in template order", () => {
    const doc = new Y.Doc();
    seedBoard(doc, findTemplate("council-action-plan")!, { title: "Plymouth plan" });
    const board = readBoard(doc);
    expect(board.meta.title).toBe("Plymouth plan");
    expect(board.columns.map((c) => c.title)).toEqual(["Finance", "Support", "Inform"]);
    expect(board.themes.map((t) => t.title)).toEqual(councilActionPlan.themes.map((t) => t.title));
    const titles = board.themes.map((theme) =>
      board.columns.map((column) => board.cells.get(`${theme.id}/${column.id}`)?.map((a) => a.title)),
    );
    expect(titles).toEqual(councilActionPlan.themes.map((theme) => theme.actions.map((a) => [a])));
  });

  it("blank has the three columns and no themes", () => {
    const doc = new Y.Doc();
    seedBoard(doc, findTemplate("blank")!, { title: "Empty" });
    const board = readBoard(doc);
    expect(board.columns.map((c) => c.title)).toEqual(["Finance", "Support", "Inform"]);
    expect(board.themes).toEqual([]);
    expect(board.actionCount).toBe(0);
  });
});
