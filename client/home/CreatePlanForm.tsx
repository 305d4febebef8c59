import { useState, type FormEvent } from "react";
import { Button, Form } from "react-aria-components";
import { ERROR_CODE } from "../../shared/api/schemas";
import { TEMPLATE_IDS, type TemplateId } from "../../shared/templates";
import { createBoard } from "../api/boards";
import { ApiError } from "../api/api-error";
import { startSession } from "../api/access";
import { saveFacilitatorLink } from "../access/facilitator-links";
import { navigate } from "../app/navigation";
import { TemplatePicker } from "./TemplatePicker";
import { rememberBoard } from "./recent-boards";
import { useTemplates } from "./use-templates";
import { PlanTextField } from "./PlanTextField";
import {
  firstInvalidField,
  planFieldErrorsFromIssues,
  validatePlanForm,
  type PlanField,
  type PlanFieldErrors,
  type PlanFormValues,
} from "./plan-form-errors";

const DEFAULT_TEMPLATE: TemplateId = "council-action-plan";

function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export function CreatePlanForm() {
  const [templates, retryTemplates] = useTemplates();
  const [values, setValues] = useState<PlanFormValues>({
    title: "",
    area: "",
    periodStart: "",
    periodEnd: "",
  });
  const [fieldErrors, setFieldErrors] = useState<PlanFieldErrors>({});
  const [template, setTemplate] = useState<TemplateId>(DEFAULT_TEMPLATE);
  const [error, setError] = useState<string>();
  const [isCreating, setCreating] = useState(false);

  const showFieldErrors = (form: HTMLFormElement, errors: PlanFieldErrors) => {
    setFieldErrors(errors);
    const first = firstInvalidField(errors);
    const input = first && form.elements.namedItem(first);
    if (input instanceof HTMLInputElement) input.focus();
  };

  const field = (name: PlanField) => ({
    value: values[name],
    error: fieldErrors[name],
    onChange: (value: string) => {
      setValues((current) => ({ ...current, [name]: value }));
      setFieldErrors(({ [name]: _fixed, ...rest }) => rest);
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setError(undefined);
    const invalid = validatePlanForm(values);
    if (firstInvalidField(invalid)) {
      showFieldErrors(form, invalid);
      return;
    }
    setCreating(true);
    try {
      const board = await createBoard({ ...values, template });
      // Kept before anything else can fail: this device's way back in, shown once on the board.
      saveFacilitatorLink(localStorage, board.id, board.facilitatorUrl);
      rememberBoard(localStorage, { id: board.id, title: board.title, area: board.area });
      // If this fails the board page tries again with the saved link.
      await startSession(board.id, board.facilitatorToken).catch(() => undefined);
      navigate(board.url);
    } catch (failure) {
      setCreating(false);
      const issues =
        failure instanceof ApiError && failure.code === ERROR_CODE.validation ? failure.issues : [];
      const errors = planFieldErrorsFromIssues(issues, values);
      if (firstInvalidField(errors)) showFieldErrors(form, errors);
      else setError(`Could not create the plan: ${(failure as Error).message}`);
    }
  };

  return (
    <Form
      onSubmit={submit}
      className="create-form"
      aria-labelledby="create-heading"
      validationBehavior="aria"
    >
      <h2 id="create-heading" className="section-title">
        Start a new plan
      </h2>
      <PlanTextField
        {...field("title")}
        name="title"
        label="Plan title"
        testId="home.title"
        placeholder="e.g. Plymouth Co-operative Development Action Plan"
      />
      <PlanTextField
        {...field("area")}
        name="area"
        label="Council or area"
        testId="home.area"
        placeholder="e.g. Plymouth City Council"
      />
      <fieldset className="period-fields">
        <legend className="field__label">
          Plan period <span className="muted">(optional)</span>
        </legend>
        <PlanTextField
          {...field("periodStart")}
          name="periodStart"
          label="From"
          placeholder="e.g. April 2025"
        />
        <PlanTextField {...field("periodEnd")} name="periodEnd" label="To" placeholder="e.g. March 2028" />
      </fieldset>
      {templates.status === "loading" && <p className="muted">Loading templates…</p>}
      {templates.status === "failed" && (
        <div role="alert" className="error-message">
          <p>Could not load the templates: {templates.message}</p>
          <Button className="button button--small" onPress={retryTemplates}>
            Try again
          </Button>
        </div>
      )}
      {templates.status === "ready" && (
        <TemplatePicker
          templates={templates.templates}
          value={template}
          onChange={(id) => isTemplateId(id) && setTemplate(id)}
        />
      )}
      <div role="alert" className={error ? "error-message" : undefined}>
        {error}
      </div>
      <div>
        <Button
          type="submit"
          className="button button--primary button--large"
          data-testid="home.create"
          isDisabled={isCreating}
        >
          {isCreating ? "Creating plan…" : "Create plan"}
        </Button>
      </div>
    </Form>
  );
}
