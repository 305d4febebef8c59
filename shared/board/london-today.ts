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

const HOUR = 60 * 60 * 1000;

/**
 * The instant the date in Europe/London next changes after `now`. London is UTC+0 or UTC+1, so the
 * next midnight is tomorrow's date at 00:00 UTC less one of those two offsets; the clocks change at
 * 01:00 UTC, never at midnight, so exactly one candidate is the first instant of tomorrow.
 */
export function nextLondonMidnight(now: Date = new Date()): Date {
  const [year, month, day] = londonToday(now).split("-").map(Number) as [number, number, number];
  const tomorrowUtc = Date.UTC(year, month - 1, day + 1);
  const tomorrow = londonToday(new Date(tomorrowUtc));
  const candidates = [tomorrowUtc - HOUR, tomorrowUtc];
  const first = candidates.find(
    (instant) =>
      londonToday(new Date(instant)) === tomorrow && londonToday(new Date(instant - 1)) !== tomorrow,
  );
  return new Date(first ?? tomorrowUtc);
}
