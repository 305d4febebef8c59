import type * as Y from "yjs";
import { findAction } from "../../board/actions";
import { peekBusinessNotes } from "../../board/succession-fields";
import { peekNarrative } from "../../board/succession-root";
import { readSuccession } from "../../board/succession-view";
import { summariseSuccession } from "../../board/succession-summary";
import type { BusinessView, SuccessionStage } from "../../board/succession-types";
import { fragmentToJson } from "../../export/rich-text";
import { heading, paragraph, type ReportBlock } from "../../export/report-model";
import { longDate } from "../../export/long-date";
import type { Audience } from "../section-id";
import { visibleBusinesses } from "./succession-json";
import { employeesLabel, exitTimelineLabel, financeLabels, routeLabel } from "./succession-labels";

const hasContent = (fragment: Y.XmlFragment | undefined): fragment is Y.XmlFragment =>
  !!fragment && fragment.length > 0;

function dateLabel(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDate(`${value}T12:00:00Z`) : value;
}

function businessBlocks(
  doc: Y.Doc,
  business: BusinessView,
  stage: SuccessionStage | undefined,
  audience: Audience,
) {
  const nextStep = [business.nextStep, business.nextStepDate && `by ${dateLabel(business.nextStepDate)}`]
    .filter(Boolean)
    .join(" ");
  const entries = [
    { key: "Stage", value: stage?.name ?? "" },
    { key: "Sector", value: business.sector },
    { key: "Employees", value: employeesLabel(business) },
    { key: "Owner's exit timeline", value: exitTimelineLabel(business) },
    { key: "Ownership route", value: routeLabel(business) },
    { key: "Finance options", value: financeLabels(business).join(", ") },
    { key: "Adviser or support organisation", value: business.adviser },
    { key: "Owner and contact", value: audience === "publication" ? "" : business.contact },
    { key: "Next step", value: nextStep },
    {
      key: "Linked actions",
      value: business.linkedActionIds
        .map((id) => findAction(doc, id)?.title ?? "")
        .filter(Boolean)
        .join("; "),
    },
    { key: "Confidential", value: business.confidential ? "Yes: not for publication" : "" },
  ].filter((entry) => entry.value !== "");
  const notes = peekBusinessNotes(doc, business.id);
  return [
    heading(3, business.name || "Unnamed business"),
    { kind: "keyValues", entries } as const,
    ...(hasContent(notes) ? [{ kind: "richText", content: fragmentToJson(notes) } as const] : []),
  ];
}

/** The narrative, the pipeline in figures, then each business (confidential ones left out of a publication). */
export function successionReport(doc: Y.Doc, audience: Audience, today: string): ReportBlock[] {
  const view = readSuccession(doc);
  const narrative = peekNarrative(doc);
  const shown = new Set(visibleBusinesses(doc, audience).map((business) => business.id));
  const withheld = view.businessCount - shown.size;
  // Figures count only what is listed: a withheld business's stage or jobs would let a reader work it out.
  const byStage = new Map(
    [...view.byStage].map(([stageId, list]) => [stageId, list.filter((business) => shown.has(business.id))]),
  );
  const summary = summariseSuccession({ ...view, byStage, businessCount: shown.size }, today);
  const stageOf = (business: BusinessView) =>
    view.stages.find((stage) => view.byStage.get(stage.id)?.includes(business));
  const pipeline: ReportBlock = {
    kind: "table",
    header: ["Stage", "Businesses", "Jobs"],
    rows: view.stages.map((stage, index) => [
      stage.name || "Untitled stage",
      String(summary.stages[index]?.businesses ?? 0),
      String(summary.stages[index]?.jobs ?? 0),
    ]),
  };
  const figures: ReportBlock = {
    kind: "keyValues",
    entries: [
      { key: "Businesses in the pipeline", value: String(summary.businesses) },
      { key: "Completed transfers", value: String(summary.completedTransfers) },
      { key: "Jobs retained by completed transfers", value: String(summary.jobsRetained) },
      { key: "Next steps overdue", value: String(summary.overdue.length) },
    ],
  };
  const details = view.stages.flatMap((stage) =>
    (view.byStage.get(stage.id) ?? [])
      .filter((business) => shown.has(business.id))
      .flatMap((business) => businessBlocks(doc, business, stageOf(business), audience)),
  );
  return [
    heading(2, "Strategy"),
    hasContent(narrative)
      ? { kind: "richText", content: fragmentToJson(narrative) }
      : paragraph("Not written yet."),
    heading(2, "The pipeline"),
    pipeline,
    figures,
    ...(withheld > 0
      ? [paragraph(`${withheld} ${withheld === 1 ? "business" : "businesses"} not shown.`)]
      : []),
    heading(2, "Businesses"),
    ...(details.length > 0 ? details : [paragraph("No businesses listed.")]),
    ...(withheld > 0
      ? [
          paragraph(
            `${withheld} confidential ${withheld === 1 ? "business is" : "businesses are"} not listed.`,
          ),
        ]
      : []),
  ];
}
