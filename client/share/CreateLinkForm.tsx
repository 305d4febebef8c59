import { useState, type FormEvent } from "react";
import { Button, Form, Input, Label, Radio, RadioGroup, TextField } from "react-aria-components";
import { LINK_LABEL_MAX_LENGTH, LINK_ROLES, type CreatedLink, type LinkRole } from "../../shared/api/roles";
import { createLink } from "../api/access";
import { LINK_ROLE_DESCRIPTION, ROLE_LABEL } from "./role-labels";
import { ConfidentialViewerWarning, useConfidentialCount } from "./ConfidentialViewerWarning";

interface CreateLinkFormProps {
  boardId: string;
  onCreated(link: CreatedLink): void;
}

function isLinkRole(value: string): value is LinkRole {
  return (LINK_ROLES as readonly string[]).includes(value);
}

export function CreateLinkForm({ boardId, onCreated }: CreateLinkFormProps) {
  const [role, setRole] = useState<LinkRole>("editor");
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string>();
  const [isCreating, setCreating] = useState(false);
  const confidentialCount = useConfidentialCount();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setCreating(true);
    try {
      onCreated(await createLink(boardId, { role, ...(label.trim() ? { label: label.trim() } : {}) }));
      setLabel("");
    } catch (failure) {
      setError(`Could not create the link: ${(failure as Error).message}`);
    } finally {
      setCreating(false);
    }
  };
  return (
    <Form onSubmit={submit} className="share-form" aria-labelledby="share-create-heading">
      <h3 id="share-create-heading" className="share-section__title">
        Invite people with a new link
      </h3>
      <RadioGroup
        value={role}
        onChange={(value) => isLinkRole(value) && setRole(value)}
        className="field"
        data-testid="share.role"
      >
        <Label className="field__label">What can people with the link do?</Label>
        <div className="radio-cards radio-cards--compact">
          {LINK_ROLES.map((option) => (
            <Radio key={option} value={option} className="radio-card" data-role={option}>
              <span className="radio-card__check" aria-hidden="true" />
              <span className="radio-card__name">{ROLE_LABEL[option]}</span>
              <span className="radio-card__description">{LINK_ROLE_DESCRIPTION[option]}</span>
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {role === "viewer" && <ConfidentialViewerWarning count={confidentialCount} />}
      <TextField value={label} onChange={setLabel} maxLength={LINK_LABEL_MAX_LENGTH} className="field">
        <Label className="field__label">
          Label <span className="muted">(optional, only you see it)</span>
        </Label>
        <Input className="input" data-testid="share.label" placeholder="e.g. Partners, workshop 2" />
      </TextField>
      <div role="alert" className={error ? "error-message" : undefined}>
        {error}
      </div>
      <div>
        <Button
          type="submit"
          className="button button--primary"
          data-testid="share.create"
          isDisabled={isCreating}
        >
          {isCreating ? "Creating link…" : `Create ${role === "viewer" ? "view-only" : "editing"} link`}
        </Button>
      </div>
    </Form>
  );
}
