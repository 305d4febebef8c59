import type * as Y from "yjs";

/**
 * The permanent root names of a board document. Never rename one: every stored board and every
 * connected client depends on them. Later sections get their own root here.
 */
export const ROOT = {
  meta: "meta",
  columns: "columns",
  themes: "themes",
  actions: "actions",
  succession: "succession",
  economy: "economy",
  brief: "brief",
} as const;

/** A record (column, theme, action): a Y.Map of fields keyed by the record's id in its root map. */
export type RecordMap = Y.Map<unknown>;

export const metaRoot = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOT.meta);
export const columnsRoot = (doc: Y.Doc): Y.Map<RecordMap> => doc.getMap(ROOT.columns);
export const themesRoot = (doc: Y.Doc): Y.Map<RecordMap> => doc.getMap(ROOT.themes);
export const actionsRoot = (doc: Y.Doc): Y.Map<RecordMap> => doc.getMap(ROOT.actions);
/** Reserved for the succession-strategy section (a later issue fills it). */
export const successionRoot = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOT.succession);
/** Reserved for the economy-map section (a later issue fills it). */
export const economyRoot = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOT.economy);
/** Reserved for the consultant brief (a later issue fills it). */
export const briefRoot = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment(ROOT.brief);
