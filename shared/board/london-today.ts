// The product is for UK councils: "today" is the date in Europe/London wherever the server or the
// browser runs, so a summary exported at 00:30 BST and the screen beside it agree on what is overdue.
const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Europe/London as an ISO date (YYYY-MM-DD). */
export function londonToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(londonParts.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whether an ISO date (YYYY-MM-DD) is before `today`; empty or malformed dates never are. */
export function isBeforeToday(isoDate: string, today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && isoDate < today;
}
