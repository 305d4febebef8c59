import { Hono } from "hono";
import { boardExportQuery, type CsvSection, type ExportFormat } from "../../shared/api/snapshots";
import { hasRole } from "../../shared/api/roles";
import { exportBoardJson } from "../../shared/export/board-json";
import { buildBoardReport, versionLine } from "../../shared/export/board-report";
import { actionsCsv, sectionCsv } from "../../shared/export/csv";
import { renderMarkdown } from "../../shared/export/markdown";
import { readMeta } from "../../shared/board/meta";
import type { Audience } from "../../shared/sections/section-id";
import { requireRole } from "../auth/require-role";
import { applyConfidentialNow, loadBoardVersion, type BoardVersion } from "../snapshots/board-version";
import type { AppDeps } from "./app-deps";
import { versionOr404 } from "./snapshot-errors";
import { parseInput } from "./validation";

/** A file-name-safe slug of the title: ASCII letters and digits joined by dashes. */
export function titleSlug(title: string, fallback = "board"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return slug || fallback;
}

/** `<board title>-<snapshot label>-<snapshot date>.<ext>`, or `<board title>-live-<today>.<ext>`. */
export function exportFileName(
  title: string,
  snapshot: BoardVersion["snapshot"],
  format: ExportFormat,
  now: Date,
  section: CsvSection = "matrix",
): string {
  const version = snapshot
    ? `${titleSlug(snapshot.label, "snapshot")}-${snapshot.createdAt.slice(0, 10)}`
    : `live-${now.toISOString().slice(0, 10)}`;
  const part = section === "matrix" ? "" : `-${section}`;
  return `${titleSlug(title)}-${version}${part}.${format}`;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

async function render(
  renderer: AppDeps["renderer"],
  format: ExportFormat,
  boardId: string,
  { doc, snapshot }: BoardVersion,
  audience: Audience,
  now: Date,
  section: CsvSection,
): Promise<string | Uint8Array> {
  if (format === "json") {
    const exported = exportBoardJson(doc, boardId, {
      now,
      audience,
      snapshot: snapshot && { id: snapshot.id, label: snapshot.label, createdAt: snapshot.createdAt },
    });
    return JSON.stringify(exported, null, 2);
  }
  if (format === "csv")
    return (section !== "matrix" && sectionCsv(doc, section, audience)) || actionsCsv(doc);
  const report = buildBoardReport(doc, audience, versionLine(snapshot, now));
  if (format === "md") return renderMarkdown(report);
  return renderer.render(format, report);
}

/**
 * Export the live board or a snapshot as JSON, Markdown, CSV, DOCX or PDF. Viewers always get the
 * publication audience; editors and facilitators get internal unless they ask for publication.
 */
export function exportRoutes({
  rooms,
  boardAccess,
  snapshots,
  renderer,
}: Pick<AppDeps, "rooms" | "boardAccess" | "snapshots" | "renderer">): Hono {
  return new Hono().get("/:id/export", requireRole(boardAccess, "viewer"), async (c) => {
    const query = parseInput(boardExportQuery, c.req.query());
    const { boardId, role } = c.get("grant");
    const audience: Audience = hasRole(role, "editor") ? (query.audience ?? "internal") : "publication";
    const version = versionOr404(
      await loadBoardVersion(rooms, snapshots, boardId, query.snapshot ?? "current"),
    );
    try {
      if (audience === "publication") await applyConfidentialNow(rooms, boardId, version);
      const now = new Date();
      const section = query.format === "csv" ? (query.section ?? "matrix") : "matrix";
      const body = await render(renderer, query.format, boardId, version, audience, now, section);
      const title = readMeta(version.doc).title;
      const filename = exportFileName(title, version.snapshot, query.format, now, section);
      c.header("Content-Type", CONTENT_TYPES[query.format]);
      c.header("Content-Disposition", `attachment; filename="${filename}"`);
      c.header("Cache-Control", "no-store");
      return c.body(typeof body === "string" ? body : body.slice().buffer);
    } finally {
      version.doc.destroy();
    }
  });
}
