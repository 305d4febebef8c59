import { useState, type FormEvent } from "react";
import { Button, FieldError, Form, Input, Label, Text, TextField } from "react-aria-components";
import { SNAPSHOT_LABEL_MAX_LENGTH, type SnapshotMetadata } from "../../shared/api/snapshots";
import { saveSnapshot } from "../api/snapshots";
import { useIdentity } from "../identity/identity-context";
import { charactersLeft } from "../ui/characters-left";
import { labelError } from "./label-error";

interface SaveVersionFormProps {
  boardId: string;
  onSaved(snapshot: SnapshotMetadata): void;
  autoFocus?: boolean;
}

/** Facilitator only: freeze the board as it is now under a name, e.g. at the end of a workshop. */
export function SaveVersionForm({ boardId, onSaved, autoFocus }: SaveVersionFormProps) {
  const { user } = useIdentity();
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem("label");
    const problem = labelError(label);
    if (problem) {
      setError(problem);
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    setSaving(true);
    try {
      const snapshot = await saveSnapshot(boardId, label.trim(), user?.name);
      setLabel("");
      setError(undefined);
      onSaved(snapshot);
      if (input instanceof HTMLInputElement) input.focus();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      className="save-version"
      onSubmit={submit}
      validationBehavior="aria"
      data-testid="history.save-form"
    >
      <TextField
        name="label"
        value={label}
        onChange={(value) => {
          setLabel(value);
          setError(undefined);
        }}
        maxLength={SNAPSHOT_LABEL_MAX_LENGTH}
        isInvalid={!!error}
        className="field save-version__field"
        autoFocus={autoFocus}
      >
        <Label className="field__label">Name this version</Label>
        <Input className="input" placeholder="e.g. End of workshop 2" data-testid="history.save-label" />
        <Text slot="description" className="field__count" aria-live="polite">
          {charactersLeft(label.length, SNAPSHOT_LABEL_MAX_LENGTH)}
        </Text>
        <FieldError className="field__error">{error}</FieldError>
      </TextField>
      <Button
        type="submit"
        className="button button--primary save-version__submit"
        // Never disabled while saving: a disabled button drops the keyboard focus out of the dialog.
        data-testid="history.save"
      >
        {saving ? "Saving…" : "Save version"}
      </Button>
    </Form>
  );
}
