const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** A date as a council paper writes it, e.g. "12 March 2026" (UK time). */
export function longDate(iso: string | Date): string {
  return LONG_DATE.format(typeof iso === "string" ? new Date(iso) : iso);
}
