import { useId, useState } from "react";
import { parseFigureValue } from "../../shared/economy/figure-bounds";

interface MilestoneInputProps {
  label: string;
  value: number | null;
  /** Whether an empty field is allowed (an actual not recorded yet). */
  optional: boolean;
  testId: string;
  onCommit(value: number | null): void;
}

/** A milestone number, written when the field is left or Enter is pressed, with its problem spelled out. */
export function MilestoneInput({ label, value, optional, testId, onCommit }: MilestoneInputProps) {
  const id = useId();
  const [text, setText] = useState(value === null ? "" : String(value));
  const [error, setError] = useState("");
  const commit = () => {
    if (text.trim() === "" && optional) {
      setError("");
      if (value !== null) onCommit(null);
      return;
    }
    const parsed = parseFigureValue("target", text);
    if (!parsed.ok) {
      setError(parsed.message.replace(/^Target/, label.split(" ")[0] ?? "Value"));
      return;
    }
    setError("");
    if (parsed.value !== value) onCommit(parsed.value);
  };
  return (
    <>
      <input
        className="input milestone-input"
        aria-label={label}
        inputMode="decimal"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === "Enter" && commit()}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id : undefined}
        data-testid={testId}
      />
      {error && (
        <span id={id} className="field__error">
          {error}
        </span>
      )}
    </>
  );
}
