/** A field's counter appears once this few characters are left, so nothing is ever cut off silently. */
export const COUNTER_THRESHOLD = 20;

/** "12 characters left" near a field's limit; empty while far from it. */
export function charactersLeft(length: number, max: number, threshold = COUNTER_THRESHOLD): string {
  const left = max - length;
  if (left > threshold) return "";
  if (left <= 0) return `No characters left: ${max} at most`;
  return left === 1 ? "1 character left" : `${left} characters left`;
}
