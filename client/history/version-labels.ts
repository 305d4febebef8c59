import type { SnapshotKind, SnapshotMetadata } from "../../shared/api/snapshots";

export const SNAPSHOT_KIND_LABELS: Record<SnapshotKind, string> = {
  named: "Saved version",
  auto: "Automatic",
  "before-restore": "Before restore",
};

const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "25 November 2026, 21:15" in the reader's time zone; the ISO text when it cannot be read. */
export function formatVersionDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

function countNoun(count: number, noun: string): string {
  return `${count} ${count === 1 && noun.endsWith("s") ? noun.slice(0, -1) : noun}`;
}

/** "4 themes · 3 columns · 12 actions" from a snapshot's per-section counts, sections in their stored order. */
export function describeSummary(summary: SnapshotMetadata["summary"]): string {
  return Object.values(summary)
    .flatMap((counts) => Object.entries(counts).map(([noun, count]) => countNoun(count, noun)))
    .join(" · ");
}

/** Who saved a version, as the list says it. */
export function describeAuthor(snapshot: Pick<SnapshotMetadata, "author" | "kind">): string {
  if (snapshot.author) return snapshot.author;
  return snapshot.kind === "named" ? "Someone" : "Coplan";
}
