import type * as Y from "yjs";
import { z } from "zod";
import { findAction } from "../../board/actions";
import {
  EXIT_TIMELINES,
  FINANCE_OPTIONS,
  OWNERSHIP_ROUTES,
  OWNERSHIP_ROUTE_LABELS,
  STAGE_KINDS,
  businessesInOrder,
  createSuccession,
  insertBusiness,
  insertStage,
  peekBusinessNotes,
  peekNarrative,
  readSuccession,
  type BusinessView,
} from "../../board";
import { fragmentToJson, jsonToPlainText, type RichTextNode } from "../../export/rich-text";
import { fillFragment } from "../../export/rich-text-write";
import type { Audience } from "../section-id";
import { richTextNode } from "../matrix/matrix-json";

const recordId = z.string().min(1).max(64);
const richText = z.object({ json: richTextNode, text: z.string() });

const exportedStage = z.object({
  id: recordId,
  name: z.string(),
  order: z.string().min(1),
  kind: z.enum(STAGE_KINDS),
  completes: z.boolean(),
});

const exportedBusiness = z.object({
  id: recordId,
  name: z.string(),
  stageId: recordId,
  /** Read-only on import: the stage's name when exported. */
  stageName: z.string(),
  order: z.string().min(1),
  sector: z.string(),
  employees: z.number().int().min(0).nullable(),
  exitTimeline: z.union([z.enum(EXIT_TIMELINES), z.literal("")]),
  route: z.union([z.enum(OWNERSHIP_ROUTES), z.literal("")]),
  routeLabel: z.string(),
  financeOptions: z.array(z.enum(FINANCE_OPTIONS)),
  financeOther: z.string(),
  adviser: z.string(),
  contact: z.string(),
  nextStep: z.string(),
  nextStepDate: z.string(),
  linkedActions: z.array(z.object({ id: recordId, title: z.string() })),
  confidential: z.boolean(),
  createdAt: z.string(),
  notes: richText,
});

/** The `succession` key of a JSON export: stages, businesses in pipeline order, the narrative. */
export const successionJsonSchema = z
  .object({
    stages: z.array(exportedStage),
    businesses: z.array(exportedBusiness),
    /** Confidential businesses left out of a publication export. */
    withheld: z.number().int().min(0),
    narrative: richText,
  })
  .superRefine((section, context) => {
    const stageIds = new Set(section.stages.map((stage) => stage.id));
    if (stageIds.size !== section.stages.length) {
      context.addIssue({ code: "custom", path: ["stages"], message: "stage ids must be unique" });
    }
    const businessIds = new Set<string>();
    section.businesses.forEach((business, index) => {
      if (businessIds.has(business.id)) {
        context.addIssue({ code: "custom", path: ["businesses", index, "id"], message: "duplicate id" });
      }
      businessIds.add(business.id);
      if (!stageIds.has(business.stageId)) {
        context.addIssue({
          code: "custom",
          path: ["businesses", index, "stageId"],
          message: `no stage has id ${business.stageId}`,
        });
      }
    });
  });
export type SuccessionJson = z.infer<typeof successionJsonSchema>;
export type ExportedBusiness = SuccessionJson["businesses"][number];

const EMPTY: RichTextNode = { type: "doc", content: [] };

function richTextOf(fragment: Y.XmlFragment | undefined) {
  const json = fragment ? fragmentToJson(fragment) : EMPTY;
  return { json, text: jsonToPlainText(json) };
}

/** Businesses an audience may see: a publication leaves confidential ones out entirely. */
export function visibleBusinesses(doc: Y.Doc, audience: Audience): BusinessView[] {
  const all = businessesInOrder(readSuccession(doc));
  return audience === "publication" ? all.filter((business) => !business.confidential) : all;
}

export function successionToJson(doc: Y.Doc, audience: Audience): SuccessionJson {
  const view = readSuccession(doc);
  const stageName = (id: string) => view.stages.find((stage) => stage.id === id)?.name ?? "";
  const all = businessesInOrder(view);
  const shown = visibleBusinesses(doc, audience);
  return {
    stages: view.stages,
    businesses: shown.map((business) => {
      const stage = view.stages.find((candidate) => view.byStage.get(candidate.id)?.includes(business));
      return {
        ...business,
        stageId: stage?.id ?? business.stageId,
        stageName: stageName(stage?.id ?? business.stageId),
        routeLabel: business.route ? OWNERSHIP_ROUTE_LABELS[business.route] : "",
        // Owners' contact details are personal data: never in a publication.
        contact: audience === "publication" ? "" : business.contact,
        linkedActions: business.linkedActionIds.map((id) => ({
          id,
          title: findAction(doc, id)?.title ?? "",
        })),
        notes: richTextOf(peekBusinessNotes(doc, business.id)),
      };
    }),
    withheld: all.length - shown.length,
    narrative: richTextOf(peekNarrative(doc)),
  };
}

export function successionFromJson(doc: Y.Doc, data: SuccessionJson): void {
  doc.transact(() => {
    const narrative = createSuccession(doc, []);
    for (const stage of data.stages) insertStage(doc, stage);
    for (const {
      notes,
      linkedActions,
      stageName: _stageName,
      routeLabel: _label,
      ...business
    } of data.businesses) {
      const view = { ...business, linkedActionIds: linkedActions.map((action) => action.id) };
      insertBusiness(doc, view, (fragment) => fillFragment(fragment, notes.json));
    }
    if (narrative.length === 0) fillFragment(narrative, data.narrative.json);
  });
}
