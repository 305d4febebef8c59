import type * as Y from "yjs";
import { readEconomy } from "../../board/economy-read";
import { actionsInMatrixOrder } from "../matrix/matrix-json";
import type { DiffRecord } from "../../diff/types";
import { OPEN_DATA_ATTRIBUTION } from "../../economy/attribution";
import { formatFigure, formatMeasureValue } from "../../economy/format";
import { MEASURE_LABELS, type Figure } from "../../economy/types";

const denominator = (figure: Figure | null) =>
  figure ? `${figure.value.toLocaleString("en-GB")} (${figure.year}, ${figure.source})` : "";

/** The area and its denominators, each co-operative and each goal, as records to compare. */
export function economyDiffRecords(doc: Y.Doc): DiffRecord[] {
  const economy = readEconomy(doc);
  const actionTitles = new Map(actionsInMatrixOrder(doc).map((action) => [action.id, action.title]));
  const area: DiffRecord = {
    section: "economy",
    type: "area",
    id: "area",
    label: "Local economy",
    fields: {
      localAuthority: { label: "Local authority", value: economy.localAuthority, kind: "value" },
      population: { label: "Population", value: denominator(economy.population), kind: "value" },
      businesses: { label: "Businesses", value: denominator(economy.businesses), kind: "value" },
      benchmarkEdition: { label: "Benchmark edition", value: economy.benchmarkEdition, kind: "value" },
    },
  };
  const coops = economy.coops.map((coop): DiffRecord => ({
    section: "economy",
    type: "coop",
    id: coop.id,
    label: coop.name,
    ...(coop.origin === "open-data" ? { attribution: OPEN_DATA_ATTRIBUTION } : {}),
    fields: {
      name: { label: "Name", value: coop.name, kind: "text" },
      sector: { label: "Sector", value: coop.sector, kind: "value" },
      legalForm: { label: "Legal form", value: coop.legalForm, kind: "value" },
      ownershipType: { label: "Ownership", value: coop.ownershipType, kind: "value" },
      status: { label: "Status", value: coop.status === "closed" ? "Closed" : "Active", kind: "value" },
      turnover: { label: "Turnover", value: formatFigure("turnover", coop.turnover), kind: "value" },
      employees: { label: "Employees", value: formatFigure("employees", coop.employees), kind: "value" },
      members: { label: "Members", value: formatFigure("members", coop.members), kind: "value" },
    },
  }));
  const goals = economy.goals.map((goal): DiffRecord => {
    const value = (number: number) => formatMeasureValue(goal.measure, number);
    return {
      section: "economy",
      type: "goal",
      id: goal.id,
      label: `Goal: ${MEASURE_LABELS[goal.measure]} ${value(goal.targetValue)} by ${goal.targetYear}`,
      fields: {
        measure: { label: "Measure", value: MEASURE_LABELS[goal.measure], kind: "value" },
        baseline: {
          label: "Baseline",
          value: `${value(goal.baselineValue)} in ${goal.baselineYear}`,
          kind: "value",
        },
        target: { label: "Target", value: `${value(goal.targetValue)} by ${goal.targetYear}`, kind: "value" },
        milestones: {
          label: "Milestones",
          value: goal.milestones.map(
            (milestone) =>
              `${milestone.year}: target ${value(milestone.target)}, actual ${milestone.actual === null ? "not recorded" : value(milestone.actual)}`,
          ),
          kind: "list",
        },
        actions: {
          label: "Contributing actions",
          value: goal.actionIds.map((id) => actionTitles.get(id) ?? "A deleted action"),
          kind: "list",
        },
      },
    };
  });
  return [area, ...coops, ...goals];
}
