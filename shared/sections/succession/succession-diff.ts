import type * as Y from "yjs";
import { findAction } from "../../board/actions";
import { peekBusinessNotes } from "../../board/succession-fields";
import { peekNarrative } from "../../board/succession-root";
import { readSuccession } from "../../board/succession-view";
import type { BusinessView } from "../../board/succession-types";
import type { DiffRecord } from "../../diff/types";
import { fragmentToJson, jsonToPlainText } from "../../export/rich-text";
import { employeesLabel, exitTimelineLabel, financeLabels, routeLabel } from "./succession-labels";

/** A viewer's copy holds a confidential business only as a nameless placeholder: say what it is. */
const businessLabel = (business: BusinessView) =>
  business.name || (business.confidential ? "Confidential business" : "");

const plainText = (fragment: Y.XmlFragment | undefined) =>
  fragment ? jsonToPlainText(fragmentToJson(fragment)) : "";

/** The narrative, the stages and the businesses, each as a record to compare. */
export function successionDiffRecords(doc: Y.Doc): DiffRecord[] {
  const view = readSuccession(doc);
  const narrative: DiffRecord = {
    section: "succession",
    type: "narrative",
    id: "narrative",
    label: "Succession strategy",
    fields: { text: { label: "Strategy", value: plainText(peekNarrative(doc)), kind: "richText" } },
  };
  const stages = view.stages.map((stage, index): DiffRecord => ({
    section: "succession",
    type: "stage",
    id: stage.id,
    label: stage.name,
    fields: {
      name: { label: "Name", value: stage.name, kind: "text" },
      position: {
        label: "Position",
        value: `${index + 1} of ${view.stages.length}`,
        kind: "position",
        compareKey: `${stage.kind}/${stage.order}`,
      },
    },
  }));
  const businesses = view.stages.flatMap((stage) =>
    (view.byStage.get(stage.id) ?? []).map((business): DiffRecord => ({
      section: "succession",
      type: "business",
      id: business.id,
      label: businessLabel(business),
      fields: {
        name: { label: "Name", value: business.name, kind: "text" },
        position: {
          label: "Stage",
          value: stage.name,
          kind: "position",
          compareKey: `${stage.id}/${business.order}`,
        },
        sector: { label: "Sector", value: business.sector, kind: "text" },
        employees: { label: "Employees", value: employeesLabel(business), kind: "value" },
        exitTimeline: { label: "Owner's exit timeline", value: exitTimelineLabel(business), kind: "value" },
        route: { label: "Ownership route", value: routeLabel(business), kind: "value" },
        finance: { label: "Finance options", value: financeLabels(business), kind: "list" },
        adviser: { label: "Adviser", value: business.adviser, kind: "text" },
        contact: { label: "Owner and contact", value: business.contact, kind: "text" },
        nextStep: { label: "Next step", value: business.nextStep, kind: "text" },
        nextStepDate: { label: "Next step date", value: business.nextStepDate, kind: "value" },
        links: {
          label: "Linked actions",
          value: business.linkedActionIds.map((id) => findAction(doc, id)?.title ?? "(deleted action)"),
          kind: "list",
        },
        confidential: { label: "Confidential", value: business.confidential ? "Yes" : "No", kind: "value" },
        notes: { label: "Notes", value: plainText(peekBusinessNotes(doc, business.id)), kind: "richText" },
      },
    })),
  );
  return [narrative, ...stages, ...businesses];
}
