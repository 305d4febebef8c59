import { useId, useState, type FormEvent } from "react";
import { addGoal } from "../../shared/board";
import { parseFigureValue, parseYear } from "../../shared/economy/figure-bounds";
import { straightLineMilestones } from "../../shared/economy/goal-status";
import type { LocalMeasure } from "../../shared/economy/local-measures";
import { MEASURE_LABELS, MEASURES, type Measure } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";

type Errors = Partial<Record<"baseline" | "baselineYear" | "target" | "targetYear", string>>;

/** A target for one measure, with yearly milestones spread from the baseline (people adjust them after). */
export function AddGoalForm({ measures }: { measures: LocalMeasure[] }) {
  const session = useSession();
  const id = useId();
  const [measure, setMeasure] = useState<Measure>("number");
  const current = measures.find((item) => item.measure === measure)?.total ?? 0;
  const [baseline, setBaseline] = useState("");
  const [baselineYear, setBaselineYear] = useState(String(new Date().getFullYear()));
  const [target, setTarget] = useState("");
  const [targetYear, setTargetYear] = useState("2030");
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = {
      baseline: parseFigureValue("target", baseline.trim() === "" ? String(current) : baseline),
      baselineYear: parseYear(baselineYear),
      target: parseFigureValue("target", target),
      targetYear: parseYear(targetYear),
    };
    const next: Errors = {};
    for (const [key, result] of Object.entries(parsed))
      if (!result.ok) next[key as keyof Errors] = result.message;
    if (
      parsed.baselineYear.ok &&
      parsed.targetYear.ok &&
      parsed.targetYear.value <= parsed.baselineYear.value
    )
      next.targetYear = "The target year must come after the baseline year";
    setErrors(next);
    if (
      Object.keys(next).length > 0 ||
      !parsed.baseline.ok ||
      !parsed.baselineYear.ok ||
      !parsed.target.ok ||
      !parsed.targetYear.ok
    )
      return;
    const fields = {
      measure,
      baselineValue: parsed.baseline.value,
      baselineYear: parsed.baselineYear.value,
      targetValue: parsed.target.value,
      targetYear: parsed.targetYear.value,
    };
    session.change(() => addGoal(session.doc, { ...fields, milestones: straightLineMilestones(fields) }));
    setTarget("");
  };

  const field = (
    key: keyof Errors,
    label: string,
    value: string,
    set: (text: string) => void,
    placeholder?: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`} className="field__label">
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="input"
        inputMode="decimal"
        value={value}
        placeholder={placeholder}
        onChange={(event) => set(event.target.value)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        data-testid={`goal-form.${key}`}
      />
      {errors[key] && (
        <span id={`${id}-${key}-error`} className="field__error">
          {errors[key]}
        </span>
      )}
    </div>
  );

  return (
    <form className="add-goal" onSubmit={submit} noValidate aria-label="Set a goal">
      <div className="field">
        <label htmlFor={`${id}-measure`} className="field__label">
          Measure
        </label>
        <select
          id={`${id}-measure`}
          className="input select"
          value={measure}
          onChange={(event) => setMeasure(event.target.value as Measure)}
          data-testid="goal-form.measure"
        >
          {MEASURES.map((option) => (
            <option key={option} value={option}>
              {MEASURE_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      {field("baseline", "Baseline", baseline, setBaseline, `${current} (today's total)`)}
      {field("baselineYear", "Baseline year", baselineYear, setBaselineYear)}
      {field("target", "Target", target, setTarget, "e.g. double the baseline")}
      {field("targetYear", "Target year", targetYear, setTargetYear)}
      <button type="submit" className="button button--primary" data-testid="goal-form.add">
        Add goal
      </button>
    </form>
  );
}
