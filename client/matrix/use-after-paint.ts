import { useEffect, useState } from "react";

/**
 * `value` as it was until the browser has painted the frame after it changed, then `value`. For what
 * may follow a change a frame late but costs much to update at once: the first render takes `value`.
 * Several changes before the paint land together, as the last one.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(value));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
