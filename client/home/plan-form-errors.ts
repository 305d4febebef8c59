import { AREA_MAX_LENGTH, PERIOD_MAX_LENGTH, PLAN_TITLE_MAX_LENGTH } from "../ui/field-limits";
import type { ApiIssue } from "../api/api-error";

export interface PlanFormValues {
  title: string;
  area: string;
  periodStart: string;
  periodEnd: string;
}

export type PlanField = keyof PlanFormValues;
export type PlanFieldErrors = Partial<Record<PlanField, string>>;

/** The same limits as the server's `createBoardRequest` (a test holds them together). */
export const PLAN_FIELD_MAX_LENGTH: Record<PlanField, number> = {
  title: PLAN_TITLE_MAX_LENGTH,
  area: AREA_MAX_LENGTH,
  periodStart: PERIOD_MAX_LENGTH,
  periodEnd: PERIOD_MAX_LENGTH,
};

const FIELD_NAMES: Record<PlanField, string> = {
  title: "plan title",
  area: "council or area",
  periodStart: "start of the plan period",
  periodEnd: "end of the plan period",
};

/** Form order, so focus goes to the first field that needs attention. */
export const PLAN_FIELDS = Object.keys(FIELD_NAMES) as PlanField[];

function isPlanField(path: string): path is PlanField {
  return (PLAN_FIELDS as string[]).includes(path);
}

function tooLong(field: PlanField): string {
  const max = PLAN_FIELD_MAX_LENGTH[field];
  return `Shorten the ${FIELD_NAMES[field]} to ${max} characters or fewer`;
}

/** What the person must fix before the plan can be created, in plain words; empty when nothing. */
export function validatePlanForm(values: PlanFormValues): PlanFieldErrors {
  const errors: PlanFieldErrors = {};
  for (const field of PLAN_FIELDS) {
    if (values[field].trim().length > PLAN_FIELD_MAX_LENGTH[field]) errors[field] = tooLong(field);
  }
  if (!values.title.trim()) errors.title = "Give the plan a title";
  return errors;
}

/**
 * The server's validation issues, each put on the field it names, in the same words as the checks above
 * (the server's own wording is for developers). Issues on anything else are left to a general message.
 */
export function planFieldErrorsFromIssues(
  issues: readonly ApiIssue[],
  values: PlanFormValues,
): PlanFieldErrors {
  const local = validatePlanForm(values);
  const errors: PlanFieldErrors = {};
  for (const issue of issues) {
    if (isPlanField(issue.path)) {
      errors[issue.path] = local[issue.path] ?? `Check the ${FIELD_NAMES[issue.path]}`;
    }
  }
  return errors;
}

export function firstInvalidField(errors: PlanFieldErrors): PlanField | undefined {
  return PLAN_FIELDS.find((field) => errors[field]);
}
