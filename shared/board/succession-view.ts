import type * as Y from "yjs";
import { sortOrdered } from "./order";
import { hasSuccession } from "./succession-root";
import { listStages } from "./succession-stages";
import { listBusinesses } from "./succession-businesses";
import type { BusinessView, SuccessionStage, SuccessionView } from "./succession-types";

/** A plain, normalised read of the pipeline for rendering and export. */
export function readSuccession(doc: Y.Doc): SuccessionView {
  const stages = listStages(doc);
  const byStage = new Map<string, BusinessView[]>(stages.map((stage) => [stage.id, []]));
  const businesses = sortOrdered(listBusinesses(doc));
  const fallback = stages[0]?.id;
  for (const business of businesses) {
    // A stage deleted on one replica while another moved a business into it (or an imported id) leaves a
    // business pointing nowhere: it shows in the first stage rather than vanishing.
    const list = byStage.get(business.stageId) ?? (fallback ? byStage.get(fallback) : undefined);
    list?.push(business);
  }
  return { ready: hasSuccession(doc), stages, byStage, businessCount: businesses.length };
}

/** Businesses in pipeline order: stage by stage, then by order within the stage. */
export function businessesInOrder(view: SuccessionView): BusinessView[] {
  return view.stages.flatMap((stage) => view.byStage.get(stage.id) ?? []);
}

export function stageOf(view: SuccessionView, business: BusinessView): SuccessionStage | undefined {
  return view.stages.find((stage) => view.byStage.get(stage.id)?.includes(business));
}
