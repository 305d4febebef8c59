const dueFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "31 Mar 2026" for an ISO date; the raw text if it is not one. */
export function formatDue(due: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(due) ? new Date(`${due}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? dueFormat.format(date) : due;
}

/** Past its due date and not done. `today` is the local calendar date as YYYY-MM-DD. */
export function isOverdue(due: string, status: string, today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) && due < today && status !== "done";
}

export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
