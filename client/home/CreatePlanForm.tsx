import { useState, type FormEvent } from "react";
import { Button, Form, Input, Label, TextField } from "react-aria-components";
import { TITLE_MAX_LENGTH } from "../../shared/api/schemas";
import { TEMPLATE_IDS, type TemplateId } from "../../shared/templates";
import { createBoard } from "../api/boards";
import { startSession } from "../api/access";
import { saveFacilitatorLink } from "../access/facilitator-links";
import { navigate } from "../app/navigation";
import { TemplatePicker } from "./TemplatePicker";
import { rememberBoard } from "./recent-boards";
import { useTemplates } from "./use-templates";

const DEFAULT_TEMPLATE: TemplateId = "council-action-plan";

function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export function CreatePlanForm() {
  const [templates, retryTemplates] = useTemplates();
  const [title, setTitle] = useState("");
  const [area, setArea] = useState("");
  const [periodStart, setPeriodStart] = useState("");
  const [periodEnd, setPeriodEnd] = useState("");
  const [template, setTemplate] = useState<TemplateId>(DEFAULT_TEMPLATE);
  const [error, setError] = useState<string>();
  const [isCreating, setCreating] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setCreating(true);
    try {
      const board = await createBoard({ title, area, template, periodStart, periodEnd });
      // Kept before anything else can fail: this device's way back in, shown once on the board.
      saveFacilitatorLink(localStorage, board.id, board.facilitatorUrl);
      rememberBoard(localStorage, { id: board.id, title: board.title, area: board.area });
      // If this fails the board page tries again with the saved link.
      await startSession(board.id, board.facilitatorToken).catch(() => undefined);
      navigate(board.url);
    } catch (failure) {
      setError(`Could not create the plan: ${(failure as Error).message}`);
      setCreating(false);
    }
  };

  return (
    <Form onSubmit={submit} className="create-form" aria-labelledby="create-heading">
      <h2 id="create-heading" className="section-title">
        Start a new plan
      </h2>
      <TextField value={title} onChange={setTitle} maxLength={TITLE_MAX_LENGTH} className="field">
        <Label className="field__label">Plan title</Label>
        <Input
          data-testid="home.title"
          className="input"
          placeholder="e.g. Plymouth Co-operative Development Action Plan"
        />
      </TextField>
      <TextField value={area} onChange={setArea} maxLength={TITLE_MAX_LENGTH} className="field">
        <Label className="field__label">Council or area</Label>
        <Input data-testid="home.area" className="input" placeholder="e.g. Plymouth City Council" />
      </TextField>
      <fieldset className="period-fields">
        <legend className="field__label">
          Plan period <span className="muted">(optional)</span>
        </legend>
        <TextField value={periodStart} onChange={setPeriodStart} maxLength={50} className="field">
          <Label className="field__hint">From</Label>
          <Input className="input" placeholder="e.g. April 2025" />
        </TextField>
        <TextField value={periodEnd} onChange={setPeriodEnd} maxLength={50} className="field">
          <Label className="field__hint">To</Label>
          <Input className="input" placeholder="e.g. March 2028" />
        </TextField>
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
