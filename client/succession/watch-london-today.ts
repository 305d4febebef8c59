import { londonToday, nextLondonMidnight } from "../../shared/board";

/**
 * Calls `onChange` with the new date each time the date in Europe/London changes, so a screen left
 * open (a projector past midnight) moves its overdue list on without anyone touching it. One timer at
 * a time, set for the next London midnight and set again each time it fires; a timer that fires early
 * or late (a sleeping laptop) only re-reads the date, so it can never report a day that has not come.
 * Returns a function that stops watching.
 */
export function watchLondonToday(onChange: (today: string) => void): () => void {
  let today = londonToday();
  let timer: ReturnType<typeof setTimeout>;
  const schedule = () => {
    const now = new Date();
    timer = setTimeout(tick, Math.max(0, nextLondonMidnight(now).getTime() - now.getTime()));
  };
  const tick = () => {
    const current = londonToday();
    if (current !== today) {
      today = current;
      onChange(current);
    }
    schedule();
  };
  schedule();
  return () => clearTimeout(timer);
}
