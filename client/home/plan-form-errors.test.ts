import { describe, expect, it } from "vitest";
import { createBoardRequest } from "../../shared/api/schemas";
import {
  firstInvalidField,
  PLAN_FIELD_MAX_LENGTH,
  PLAN_FIELDS,
  planFieldErrorsFromIssues,
  validatePlanForm,
  type PlanFormValues,
} from "./plan-form-errors";

const valid: PlanFormValues = { title: "Leeds plan", area: "", periodStart: "", periodEnd: "" };

describe("validatePlanForm", () => {
  it("accepts a titled plan", () => {
    expect(validatePlanForm(valid)).toEqual({});
  });

  it("asks for a title when it is empty or only spaces", () => {
    expect(validatePlanForm({ ...valid, title: "" })).toEqual({ title: "Give the plan a title" });
    expect(validatePlanForm({ ...valid, title: "   " })).toEqual({ title: "Give the plan a title" });
  });

  it("names each field that is over its limit", () => {
    const errors = validatePlanForm({ ...valid, area: "a".repeat(201), periodEnd: "m".repeat(51) });
    expect(errors).toEqual({
      area: "Shorten the council or area to 200 characters or fewer",
      periodEnd: "Shorten the end of the plan period to 50 characters or fewer",
    });
    expect(firstInvalidField(errors)).toBe("area");
  });

  it("uses the server's own limits for every field", () => {
    for (const field of PLAN_FIELDS) {
      const max = PLAN_FIELD_MAX_LENGTH[field];
      const at = { ...valid, template: "blank", [field]: "x".repeat(max) };
      const over = { ...valid, template: "blank", [field]: "x".repeat(max + 1) };
      expect(createBoardRequest.safeParse(at).success).toBe(true);
      expect(createBoardRequest.safeParse(over).success).toBe(false);
    }
  });
});

describe("planFieldErrorsFromIssues", () => {
  it("puts a server validation issue on the field it names, in plain words", () => {
    const issues = [{ path: "title", message: "title must not be empty" }];
    expect(planFieldErrorsFromIssues(issues, { ...valid, title: " " })).toEqual({
      title: "Give the plan a title",
    });
  });

  it("falls back to a plain request to check the field when the client saw nothing wrong", () => {
    const issues = [{ path: "periodStart", message: "Invalid input" }];
    expect(planFieldErrorsFromIssues(issues, valid)).toEqual({
      periodStart: "Check the start of the plan period",
    });
  });

  it("leaves issues about anything but the form's fields to the general message", () => {
    expect(
      planFieldErrorsFromIssues([{ path: "template", message: "template must be one of" }], valid),
    ).toEqual({});
  });
});
