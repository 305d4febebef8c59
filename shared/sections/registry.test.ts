import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { diffRecords } from "../diff/diff-records";
import { BOARD_SECTIONS } from "./registry";
import { SECTION_IDS } from "./section-id";
import { copyDoc, templateBoard } from "./testing/template-board";

describe("the section registry", () => {
  it("lists each section once, in board order", () => {
    const ids = BOARD_SECTIONS.map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => SECTION_IDS.indexOf(a) - SECTION_IDS.indexOf(b))).toEqual(ids);
    const keys = BOARD_SECTIONS.map((section) => section.jsonKey).filter((key) => key !== null);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // Every registered section gets these for free; its own tests add a board with its content.
  describe.each(BOARD_SECTIONS.map((section) => [section.id, section] as const))(
    "section %s",
    (_id, section) => {
      it("validates its own JSON and rebuilds an equal section from it", () => {
        const doc = templateBoard();
        const json = JSON.parse(JSON.stringify(section.toJson(doc, "internal"))) as unknown;
        const parsed = section.jsonSchema.safeParse(json);
        expect(parsed.error).toBeUndefined();
        const rebuilt = new Y.Doc();
        section.fromJson(rebuilt, parsed.data);
        expect(section.toJson(rebuilt, "internal")).toEqual(section.toJson(doc, "internal"));
      });

      it("lists no changes between a board and its copy, and builds report blocks and a summary", () => {
        const doc = templateBoard();
        expect(diffRecords(section.diffRecords(doc), section.diffRecords(copyDoc(doc)))).toEqual([]);
        expect(Array.isArray(section.report(doc, "publication"))).toBe(true);
        expect(Object.values(section.summary(doc)).every((count) => Number.isInteger(count))).toBe(true);
      });
    },
  );
});
