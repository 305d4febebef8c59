import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getBriefFragment } from "../../shared/board";
import { fillFragment } from "../../shared/export/rich-text-write";
import { jsonToPlainText } from "../../shared/export/rich-text";
import { isAllowedElement, markOfFormat } from "../../shared/editor/schema";
import type { EconomyView } from "../../shared/economy/types";
import { parseBenchmarks } from "../../shared/economy/benchmark";
import { localMeasures } from "../../shared/economy/local-measures";
import { buildBenchmark } from "../economy/benchmark-rows";
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

// The 2023 edition's count and the UK denominators, as in data/open-data/national-benchmarks.csv.
const rows = parseBenchmarks(
  [
    "report_edition,reference_year,scope,metric,value,unit,status,source,notes",
    "2023,2023,coops,number,7586,count,verified_secondary,,",
    "ONS,2023,uk,population,68.265209,million,verified_primary,,",
    "DBT_BPE,2023,uk,private_businesses,5.6,million,verified_primary,,",
  ].join("\n"),
);
const benchmarkOf = (view: EconomyView) => buildBenchmark(rows, "2023", view, localMeasures(view.coops));
const plain = (content: ReturnType<typeof baselineContent>) => jsonToPlainText({ type: "doc", content });

describe("baselineContent", () => {
  it("writes the measures with coverage, the rates against the national benchmark with the gap, and the attribution", () => {
    expect(plain(baselineContent(economy, benchmarkOf(economy), "2023"))).toBe(
      [
        "Baseline: the co-operative economy of Plymouth",
        // A table: the four measures here and nationally, per head as the Economy tab shows them.
        "Measure | Here | Here, per head | Nationally | Nationally, per head",
        "Number of co-operatives | 2 (2 active co-ops) | 0.8 per 100,000 residents | 7,586 (2023 edition) | 11.1 per 100,000 residents",
        // £1.8m over 262,839 residents is £6.85 each; the test's edition has no national turnover.
        "Turnover (£) | £1.8m (turnover known for 1 of 2 co-ops) | £6.85 per resident | not in this edition | —",
        "Employees | no figures yet (employees known for 0 of 2 co-ops) | — | not in this edition | —",
        "Members | no figures yet (members known for 0 of 2 co-ops) | — | not in this edition | —",
        // 2 in 262,839 people is 0.76 per 100,000; 7,586 in 68.27 million is 11.11, which here would be
        // 29.2 co-ops: 28 more than the 2.
        "- Co-ops per 100,000 residents: 0.8 here (262,839, 2020, ONS mid-2020); 11.1 nationally (2023 edition): 28 more co-ops to match the national rate",
        // 7,586 in 5.6 million businesses is 1.35 per 1,000; with no local count there is no gap to give.
        "- Co-ops per 1,000 businesses: — here (not entered); 1.35 nationally (2023 edition); enter the business count to compare",
        "Contains data from Co-operatives UK (ODC-By 1.0)",
      ].join("\n"),
    );
  });

  it("says when the area is at or above the national rate, and when the national figures are not loaded", () => {
    const small: EconomyView = {
      ...economy,
      population: { value: 10_000, year: 2021, source: "Census 2021" },
      businesses: { value: 1_000, year: 2023, source: "DBT" },
    };
    const lines = plain(baselineContent(small, benchmarkOf(small), "2023")).split("\n");
    expect(lines[6]).toBe(
      "- Co-ops per 100,000 residents: 20.0 here (10,000, 2021, Census 2021); 11.1 nationally (2023 edition): at or above the national rate",
    );
    expect(lines[7]).toBe(
      "- Co-ops per 1,000 businesses: 2.00 here (1,000, 2023, DBT); 1.35 nationally (2023 edition): at or above the national rate",
    );
    const offline = plain(baselineContent(economy, null, "2023")).split("\n");
    expect(offline[6]).toBe(
      "- Co-ops per 100,000 residents: 0.8 here (262,839, 2020, ONS mid-2020); the national figure is not available",
    );
    expect(offline[7]).toBe(
      "- Co-ops per 1,000 businesses: — here (not entered); the national figure is not available",
    );
  });

  it("uses only nodes and marks the server's rich-text guard accepts", () => {
    const fragment = getBriefFragment(new Y.Doc());
    fillFragment(fragment, { type: "doc", content: baselineContent(economy, benchmarkOf(economy), "2023") });
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
    expect(names).toEqual(expect.arrayContaining(["table", "tableRow", "tableHeader", "tableCell"]));
    expect(formats.every((format) => markOfFormat(format) !== undefined)).toBe(true);
    expect(formats).toContain("italic");
  });
});
