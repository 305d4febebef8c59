import type * as Y from "yjs";
import { findAction } from "../../board/actions";
import { peekBusinessNotes } from "../../board/succession-fields";
import { readSuccession, stageOf } from "../../board/succession-view";
import type { Audience } from "../section-id";
import { fragmentToJson, jsonToPlainText } from "../../export/rich-text";
import { employeesLabel, exitTimelineLabel, financeLabels, routeLabel } from "./succession-labels";
import { visibleBusinesses } from "./succession-json";

export const SUCCESSION_CSV_COLUMNS = [
  "Name",
  "Stage",
  "Sector",
  "Employees",
  "Exit timeline",
  "Route",
  "Finance options",
  "Adviser",
  "Next step",
  "Next step date",
  "Confidential",
  "Linked actions",
  "Notes",
] as const;

/** One row per business in pipeline order; the owner's contact is never in it, confidential businesses only internally. */
export function successionCsvRows(doc: Y.Doc, audience: Audience): string[][] {
  const view = readSuccession(doc);
  const shown = new Set(visibleBusinesses(doc, audience).map((business) => business.id));
  return view.stages.flatMap((stage) =>
    (view.byStage.get(stage.id) ?? [])
      .filter((business) => shown.has(business.id))
      .map((business) => {
        const notes = peekBusinessNotes(doc, business.id);
        return [
          business.name,
          stageOf(view, business)?.name ?? "",
          business.sector,
          employeesLabel(business),
          exitTimelineLabel(business),
          routeLabel(business),
          financeLabels(business).join("; "),
          business.adviser,
          business.nextStep,
          business.nextStepDate,
          business.confidential ? "Yes" : "No",
          business.linkedActionIds
            .map((id) => findAction(doc, id)?.title ?? "")
            .filter(Boolean)
            .join("; "),
          notes ? jsonToPlainText(fragmentToJson(notes)) : "",
        ];
      }),
  );
}
