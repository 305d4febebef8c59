import type * as Y from "yjs";
import { exportBoardJson } from "../../shared/export/board-json";

const EPOCH = new Date(0);

/** The whole board content as plain data (meta, axes, actions, notes), for comparing replicas. */
export function boardContent(doc: Y.Doc) {
  const { exportedAt: _exportedAt, ...content } = exportBoardJson(doc, "compared", { now: EPOCH });
  return content;
}
