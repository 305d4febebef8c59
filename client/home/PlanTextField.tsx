import { FieldError, Input, Label, Text, TextField } from "react-aria-components";
import { charactersLeft } from "../ui/characters-left";
import { PLAN_FIELD_MAX_LENGTH, type PlanField } from "./plan-form-errors";

interface PlanTextFieldProps {
  name: PlanField;
  label: string;
  value: string;
  error: string | undefined;
  placeholder: string;
  testId?: string;
  onChange(value: string): void;
}

/**
 * One text field of the new-plan form: capped at the server's limit with a live count near it, and its
 * error (from the form's own checks or the server's) tied to the input by react-aria.
 */
export function PlanTextField({
  name,
  label,
  value,
  error,
  placeholder,
  testId,
  onChange,
}: PlanTextFieldProps) {
  const max = PLAN_FIELD_MAX_LENGTH[name];
  const hint = name === "periodStart" || name === "periodEnd";
  return (
    <TextField
      name={name}
      value={value}
      onChange={onChange}
      maxLength={max}
      isInvalid={!!error}
      className="field"
    >
      <Label className={hint ? "field__hint" : "field__label"}>{label}</Label>
      <Input data-testid={testId} className="input" placeholder={placeholder} />
      <Text
        slot="description"
        className={value.length >= max ? "field__count field__count--full" : "field__count"}
        aria-live="polite"
      >
        {charactersLeft(value.length, max)}
      </Text>
      <FieldError className="field__error">{error}</FieldError>
    </TextField>
  );
}
