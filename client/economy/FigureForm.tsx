import { useId, useState, type FormEvent } from "react";
import type { FIGURE_BOUNDS } from "../../shared/economy/figure-bounds";
import { parseFigureValue, parseYear } from "../../shared/economy/figure-bounds";
import type { Figure } from "../../shared/economy/types";

interface FigureFormProps {
  kind: keyof typeof FIGURE_BOUNDS;
  /** e.g. "Turnover (£)" or "Population". */
  label: string;
  figure: Figure | null;
  defaultSource?: string;
  testId: string;
  onSave(figure: Figure | null): void;
}

/** A figure with its year and source, checked before it is written (non-negative, within sensible bounds). */
export function FigureForm({ kind, label, figure, defaultSource = "", testId, onSave }: FigureFormProps) {
  const id = useId();
  const [value, setValue] = useState(figure ? String(figure.value) : "");
  const [year, setYear] = useState(String(figure?.year ?? new Date().getFullYear()));
  const [source, setSource] = useState(figure?.source ?? defaultSource);
  const [errors, setErrors] = useState<{ value?: string; year?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === "") {
      setErrors({});
      onSave(null);
      return;
    }
    const parsedValue = parseFigureValue(kind, value);
    const parsedYear = parseYear(year);
    const next = {
      value: parsedValue.ok ? undefined : parsedValue.message,
      year: parsedYear.ok ? undefined : parsedYear.message,
    };
    setErrors(next);
    if (parsedValue.ok && parsedYear.ok)
      onSave({ value: parsedValue.value, year: parsedYear.value, source: source.trim() });
  };

  return (
    <form className="figure-form" onSubmit={submit} data-testid={testId} noValidate>
      <div className="field figure-form__value">
        <label htmlFor={`${id}-value`} className="field__label">
          {label}
        </label>
        <input
          id={`${id}-value`}
          className="input"
          inputMode="decimal"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={errors.value ? `${id}-value-error` : undefined}
          data-testid={`${testId}.value`}
        />
        {errors.value && (
          <span id={`${id}-value-error`} className="field__error">
            {errors.value}
          </span>
        )}
      </div>
      <div className="field figure-form__year">
        <label htmlFor={`${id}-year`} className="field__label">
          Year
        </label>
        <input
          id={`${id}-year`}
          className="input"
          inputMode="numeric"
          value={year}
          onChange={(event) => setYear(event.target.value)}
          aria-invalid={errors.year ? true : undefined}
          aria-describedby={errors.year ? `${id}-year-error` : undefined}
        />
        {errors.year && (
          <span id={`${id}-year-error`} className="field__error">
            {errors.year}
          </span>
        )}
      </div>
      <div className="field figure-form__source">
        <label htmlFor={`${id}-source`} className="field__label">
          Source
        </label>
        <input
          id={`${id}-source`}
          className="input"
          value={source}
          maxLength={300}
          placeholder="e.g. Annual accounts 2023"
          onChange={(event) => setSource(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="button button--primary figure-form__save"
        data-testid={`${testId}.save`}
      >
        Save
      </button>
    </form>
  );
}
