import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getBriefFragment } from "../../shared/board";
import { fillFragment } from "../../shared/export/rich-text-write";
import { jsonToPlainText } from "../../shared/export/rich-text";
import { isAllowedElement, markOfFormat } from "../../shared/editor/schema";
import type { EconomyView } from "../../shared/economy/types";
import { baselineContent } from "./baseline-content";

const economy: EconomyView = {
  localAuthority: "Plymouth",
  population: { value: 262_839, year: 2020, source: "ONS mid-2020" },
  businesses: null,
  benchmarkEdition: "2023",
  coops: [
    {
      id: "R1",
      name: "Plymouth Energy Community",
      sector: "Energy",
      legalForm: "Society",
      ownershipType: "Consumers",
      status: "active",
      origin: "open-data",
      turnover: { value: 1_800_000, year: 2023, source: "Annual report" },
      employees: null,
      members: null,
    },
    {
      id: "R2",
      name: "Tamar Grow Local",
      sector: "Food",
      legalForm: "Company",
      ownershipType: "Multi-stakeholder",
      status: "active",
      origin: "open-data",
      turnover: null,
      employees: null,
      members: null,
    },
  ],
  goals: [],
};

describe("baselineContent", () => {
  it("writes the measures with coverage, the rates and the attribution", () => {
    const text = jsonToPlainText({ type: "doc", content: baselineContent(economy) });
    expect(text).toBe(
      [
        "Baseline: the co-operative economy of Plymouth",
        "- Number of co-operatives: 2 (2 active co-ops)",
        "- Turnover (£): £1.8m (turnover known for 1 of 2 co-ops)",
        "- Employees: no figures yet (employees known for 0 of 2 co-ops)",
        "- Members: no figures yet (members known for 0 of 2 co-ops)",
        // 2 in 262,839 people is 0.76 per 100,000.
        "- Co-ops per 100,000 residents: 0.8 (262,839, 2020, ONS mid-2020)",
        "- Co-ops per 1,000 businesses: — (not entered)",
        "Contains data from Co-operatives UK (ODC-By 1.0)",
      ].join("\n"),
    );
  });

  it("uses only nodes and marks the server's rich-text guard accepts", () => {
    const fragment = getBriefFragment(new Y.Doc());
    fillFragment(fragment, { type: "doc", content: baselineContent(economy) });
    const names: string[] = [];
    const formats: string[] = [];
    const walk = (node: Y.XmlFragment | Y.XmlElement) => {
      for (const child of node.toArray()) {
        if (child instanceof Y.XmlElement) {
          names.push(child.nodeName);
          walk(child);
        } else if (child instanceof Y.XmlText) {
          for (const op of child.toDelta() as { attributes?: Record<string, unknown> }[])
            formats.push(...Object.keys(op.attributes ?? {}));
        }
      }
    };
    walk(fragment);
    expect(names.every(isAllowedElement)).toBe(true);
    expect(formats.every((format) => markOfFormat(format) !== undefined)).toBe(true);
    expect(formats).toContain("italic");
  });
});
