import { expandRichText, safeHref } from "./rich-text-blocks";
import type { BoardReport, ReportBlock, TableCell, TextRun } from "./report-model";

/**
 * Escape text so Markdown shows it literally: characters with an inline meaning anywhere (emphasis,
 * code, links, HTML such as `<script>`, entities, table pipes) are backslash-escaped, and so is a
 * start that would open a list or heading. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]<>#|~&]/g, "\\$&")
    .replace(/^([-+=]|\d+(?=[.)]))/, (start: string) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

function inline(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      let text = escapeMarkdown(run.text);
      if (!text.trim()) return text;
      if (run.bold) text = `**${text}**`;
      if (run.italic) text = `*${text}*`;
      const href = safeHref(run.link);
      // URL.href is percent-encoded: it holds no spaces, < or >, so <…> keeps it one destination.
      return href ? `[${text}](<${href}>)` : text;
    })
    .join("");
}

const cell = (value: TableCell) =>
  (Array.isArray(value) ? value.map(escapeMarkdown).join(" • ") : escapeMarkdown(value)) || " ";

function block(item: ReportBlock): string {
  switch (item.kind) {
    case "heading":
      return `${"#".repeat(item.level + 1)} ${escapeMarkdown(item.text)}`;
    case "paragraph":
      return inline(item.runs);
    case "bullets":
      return item.items.map((runs) => `- ${inline(runs)}`).join("\n");
    case "keyValues":
      return item.entries
        .map(({ key, value }) => `- **${escapeMarkdown(key)}:** ${escapeMarkdown(value)}`)
        .join("\n");
    case "table": {
      const header = `| ${item.header.map(escapeMarkdown).join(" | ")} |`;
      const rule = `| ${item.header.map(() => "---").join(" | ")} |`;
      const rows = item.rows.map((row) => `| ${row.map(cell).join(" | ")} |`);
      return [header, rule, ...rows].join("\n");
    }
    case "richText":
      return expandRichText([item]).map(block).join("\n\n");
  }
}

/** The report as Markdown: title, plan details, then each section under its own heading. */
export function renderMarkdown(report: BoardReport): string {
  const details = [
    report.area && `**Area:** ${escapeMarkdown(report.area)}`,
    report.period && `**Plan period:** ${escapeMarkdown(report.period)}`,
    `**Version:** ${escapeMarkdown(report.version)}`,
  ].filter(Boolean);
  const parts = [`# ${escapeMarkdown(report.title)}`, details.join("  \n")];
  for (const section of report.sections) {
    parts.push(`## ${escapeMarkdown(section.title)}`, ...expandRichText(section.blocks).map(block));
  }
  return `${parts.filter((part) => part !== "").join("\n\n")}\n`;
}
