import { charactersLeft } from "./characters-left";

interface CharacterCountProps {
  /** Give the field `aria-describedby={id}` so the count is read with it. */
  id: string;
  length: number;
  max: number;
}

/** A live "N characters left" line under a field, shown only near its limit. */
export function CharacterCount({ id, length, max }: CharacterCountProps) {
  const message = charactersLeft(length, max);
  return (
    <span
      id={id}
      className={length >= max ? "field__count field__count--full" : "field__count"}
      aria-live="polite"
    >
      {message}
    </span>
  );
}
