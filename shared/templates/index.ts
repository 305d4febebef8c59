import type * as Y from "yjs";
import { addAxisItem } from "../board/axes";
import { createAction } from "../board/actions";
import { getBoardTitleText } from "../board/meta";
import { getBriefFragment } from "../board/brief";
import { fillFragment } from "../export/rich-text-write";
import { consultantBriefOutline } from "./consultant-brief";
import { metaRoot } from "../board/roots";
import { CURRENT_SCHEMA_VERSION } from "../board/migrations";
import { TRANSACTION_ORIGIN } from "../protocol/transaction-origins";
import { blank } from "./blank";
import { seedSuccession } from "./seed-succession";
import { councilActionPlan } from "./council-action-plan";
import type { BoardTemplate } from "./template";

export type { BoardTemplate, TemplateTheme } from "./template";

export const TEMPLATES: readonly BoardTemplate[] = [councilActionPlan, blank];
export const TEMPLATE_IDS = ["council-action-plan", "blank"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function findTemplate(id: string): BoardTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

export interface SeedOptions {
  title: string;
  area?: string;
  periodStart?: string;
  periodEnd?: string;
}

/**
 * Write a template into an empty board document. Server only: a client seeding would duplicate
 * the content in every peer. The whole seed is one transaction with the `seed` origin.
 */
export function seedBoard(doc: Y.Doc, template: BoardTemplate, options: SeedOptions): void {
  doc.transact(() => {
    const meta = metaRoot(doc);
    meta.set("schemaVersion", CURRENT_SCHEMA_VERSION);
    getBoardTitleText(doc).insert(0, options.title);
    meta.set("area", options.area ?? "");
    meta.set("periodStart", options.periodStart ?? "");
    meta.set("periodEnd", options.periodEnd ?? "");
    meta.set("template", template.id);
    meta.set("createdAt", new Date().toISOString());
    const columnIds = template.columns.map((title) => addAxisItem(doc, "column", title));
    for (const theme of template.themes) {
      const themeId = addAxisItem(doc, "theme", theme.title);
      theme.actions.forEach((title, column) => {
        const columnId = columnIds[column];
        if (title && columnId) createAction(doc, { title, themeId, columnId, status: "idea" });
      });
    }
    fillFragment(getBriefFragment(doc), consultantBriefOutline);
    seedSuccession(doc, template.successionOutline ?? []);
  }, TRANSACTION_ORIGIN.seed);
}
