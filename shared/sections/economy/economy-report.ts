import type * as Y from "yjs";
import { readEconomy } from "../../board/economy-read";
import { OPEN_DATA_ATTRIBUTION } from "../../economy/attribution";
import { formatFigure, formatMeasureValue, formatRate, formatWhole } from "../../economy/format";
import { goalStatus, GOAL_STATUS_LABELS } from "../../economy/goal-status";
import { coverageText, localMeasures } from "../../economy/local-measures";
import { countBySector } from "../../economy/location-quotients";
import { per1000Businesses, per100k } from "../../economy/normalise";
import { MEASURE_LABELS, type Figure } from "../../economy/types";
import { heading, paragraph, type ReportBlock } from "../../export/report-model";
import { actionsInMatrixOrder } from "../matrix/matrix-json";

const denominator = (figure: Figure | null) =>
  figure
    ? `${formatWhole(figure.value)} (${figure.year}, ${figure.source || "no source given"})`
    : "Not entered";

/** The baseline (measures with coverage, local rates, sector mix, the list) and the goals with milestones. */
export function economyReport(doc: Y.Doc): ReportBlock[] {
  const economy = readEconomy(doc);
  if (!economy.localAuthority && economy.coops.length === 0 && economy.goals.length === 0)
    return [paragraph("No local authority chosen yet.")];
  const measures = localMeasures(economy.coops);
  const active = economy.coops.filter((coop) => coop.status === "active");
  const population = economy.population?.value ?? 0;
  const businesses = economy.businesses?.value ?? 0;
  const blocks: ReportBlock[] = [
    {
      kind: "keyValues",
      entries: [
        { key: "Local authority", value: economy.localAuthority || "Not chosen" },
        { key: "Population", value: denominator(economy.population) },
        { key: "Businesses", value: denominator(economy.businesses) },
        { key: "Benchmark edition", value: economy.benchmarkEdition || "Not chosen" },
        { key: "Co-ops per 100,000 residents", value: formatRate(per100k(active.length, population)) },
        {
          key: "Co-ops per 1,000 businesses",
          value: formatRate(per1000Businesses(active.length, businesses), 2),
        },
      ],
    },
    heading(3, "The four measures"),
    {
      kind: "table",
      header: ["Measure", "Local total", "Coverage"],
      rows: measures.map((measure) => [
        MEASURE_LABELS[measure.measure],
        formatMeasureValue(measure.measure, measure.total),
        coverageText(measure),
      ]),
    },
    heading(3, "Sector mix"),
    {
      kind: "table",
      header: ["Sector", "Active co-ops"],
      rows: [...countBySector(active.map((coop) => coop.sector))].map(([sector, count]) => [
        sector,
        String(count),
      ]),
    },
    heading(3, "Co-operatives"),
    {
      kind: "table",
      header: ["Name", "Sector", "Legal form", "Ownership", "Status", "Turnover", "Employees", "Members"],
      rows: economy.coops.map((coop) => [
        coop.name,
        coop.sector,
        coop.legalForm,
        coop.ownershipType,
        coop.status === "closed" ? "Closed" : "Active",
        formatFigure("turnover", coop.turnover),
        formatFigure("employees", coop.employees),
        formatFigure("members", coop.members),
      ]),
    },
    ...goalBlocks(doc, economy.goals),
    { kind: "paragraph", runs: [{ text: OPEN_DATA_ATTRIBUTION, italic: true }] },
  ];
  return blocks;
}

function goalBlocks(doc: Y.Doc, goals: ReturnType<typeof readEconomy>["goals"]): ReportBlock[] {
  if (goals.length === 0) return [];
  const titles = new Map(actionsInMatrixOrder(doc).map((action) => [action.id, action.title]));
  return [
    heading(3, "Goals and milestones"),
    ...goals.flatMap((goal): ReportBlock[] => {
      const value = (number: number) => formatMeasureValue(goal.measure, number);
      return [
        {
          kind: "paragraph",
          runs: [
            { text: `${MEASURE_LABELS[goal.measure]}: `, bold: true },
            {
              text: `from ${value(goal.baselineValue)} in ${goal.baselineYear} to ${value(goal.targetValue)} by ${goal.targetYear} — ${GOAL_STATUS_LABELS[goalStatus(goal)]}`,
            },
          ],
        },
        {
          kind: "table",
          header: ["Year", "Milestone", "Actual"],
          rows: goal.milestones.map((milestone) => [
            String(milestone.year),
            value(milestone.target),
            milestone.actual === null ? "Not recorded" : value(milestone.actual),
          ]),
        },
        ...(goal.actionIds.length > 0
          ? [
              {
                kind: "bullets" as const,
                items: goal.actionIds.map((id) => [
                  { text: `Contributing action: ${titles.get(id) ?? "a deleted action"}` },
                ]),
              },
            ]
          : []),
      ];
    }),
  ];
}
