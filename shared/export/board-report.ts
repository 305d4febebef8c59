import type * as Y from "yjs";
import { readMeta } from "../board/meta";
import { BOARD_SECTIONS } from "../sections/registry";
import type { Audience } from "../sections/section-id";
import type { BoardReport } from "./report-model";
import { longDate } from "./long-date";

export { longDate } from "./long-date";

/** Which version a report shows: a snapshot's label and date, or the live board today. */
export function versionLine(snapshot: { label: string; createdAt: string } | null, now = new Date()): string {
  return snapshot ? `${snapshot.label}, ${longDate(snapshot.createdAt)}` : `Live board, ${longDate(now)}`;
}

/** The whole board as report content: title page details, then every section's blocks in board order. */
export function buildBoardReport(doc: Y.Doc, audience: Audience, version: string): BoardReport {
  const meta = readMeta(doc);
  const period = [meta.periodStart, meta.periodEnd].filter(Boolean).join(" – ");
  return {
    title: meta.title || "Untitled plan",
    area: meta.area,
    period,
    version,
    sections: BOARD_SECTIONS.map((section) => ({
      id: section.id,
      title: section.title,
      blocks: section.report(doc, audience),
    })),
  };
}
