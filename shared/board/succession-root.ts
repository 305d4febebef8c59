import * as Y from "yjs";
import { successionRoot, type RecordMap } from "./roots";
import { newTextRecord } from "./record";
import { newRecordId } from "./ids";
import { orderKeyAt } from "./order";
import type { StageTemplate } from "./succession-defaults";

const KEY = { stages: "stages", businesses: "businesses", narrative: "narrative" } as const;

/**
 * The section's containers are created once, by the server (seed, migration or import), never by a
 * client: two clients creating `stages` at once would each make a map, and one would be lost.
 */
export function peekStages(doc: Y.Doc): Y.Map<RecordMap> | undefined {
  const value = successionRoot(doc).get(KEY.stages);
  return value instanceof Y.Map ? (value as Y.Map<RecordMap>) : undefined;
}

export function peekBusinesses(doc: Y.Doc): Y.Map<RecordMap> | undefined {
  const value = successionRoot(doc).get(KEY.businesses);
  return value instanceof Y.Map ? (value as Y.Map<RecordMap>) : undefined;
}

/** The strategy narrative (aims, local approach, support offer): hand it to Tiptap's `fragment` option. */
export function peekNarrative(doc: Y.Doc): Y.XmlFragment | undefined {
  const value = successionRoot(doc).get(KEY.narrative);
  return value instanceof Y.XmlFragment ? value : undefined;
}

export function hasSuccession(doc: Y.Doc): boolean {
  return !!peekStages(doc) && !!peekBusinesses(doc) && !!peekNarrative(doc);
}

/**
 * Server only (seed, migration, import): create whatever container is missing, and the given stages
 * when there were none. Idempotent and additive. Returns the narrative, for a template to fill.
 */
export function createSuccession(doc: Y.Doc, stages: readonly StageTemplate[]): Y.XmlFragment {
  const root = successionRoot(doc);
  let narrative = peekNarrative(doc);
  doc.transact(() => {
    if (!peekStages(doc)) {
      const map = new Y.Map<RecordMap>();
      root.set(KEY.stages, map);
      let previous: string | null = null;
      for (const stage of stages) {
        const id = newRecordId();
        const order = orderKeyAt(previous ? [{ id: "", order: previous }] : [], 1);
        map.set(id, newStageRecord(id, order, stage));
        previous = order;
      }
    }
    if (!peekBusinesses(doc)) root.set(KEY.businesses, new Y.Map<RecordMap>());
    if (!narrative) {
      narrative = new Y.XmlFragment();
      root.set(KEY.narrative, narrative);
    }
  });
  return narrative!;
}

export function newStageRecord(id: string, order: string, stage: StageTemplate): RecordMap {
  const record = newTextRecord({ id, order, kind: stage.kind, completes: stage.completes }, stage.name);
  return record;
}

/**
 * Call `onChange` after each change that can alter `readSuccession` (or the narrative's presence).
 * Typing in rich text only touches XML types, which the view never reads: those are skipped.
 */
export function observeSuccession(doc: Y.Doc, onChange: () => void): () => void {
  const root = successionRoot(doc);
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    if (
      events.some((event) => !(event.target instanceof Y.XmlFragment || event.target instanceof Y.XmlText))
    ) {
      onChange();
    }
  };
  root.observeDeep(observer);
  return () => root.unobserveDeep(observer);
}
