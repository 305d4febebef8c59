import { useState, type FormEvent } from "react";
import {
  Button,
  Dialog,
  FieldError,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  TextField,
} from "react-aria-components";
import { colourName, randomColour, USER_COLOURS } from "./palette";
import { cleanName, NAME_MAX_LENGTH, type LocalUser } from "./user-store";
import "./identity.css";

interface NameDialogProps {
  initial: LocalUser | undefined;
  onSave(user: LocalUser): void;
  /** Absent on the first visit: a name is needed before anything else. */
  onCancel: (() => void) | undefined;
}

export function NameDialog({ initial, onSave, onCancel }: NameDialogProps) {
  const [name, setName] = useState(initial?.name ?? "");
  const [color, setColor] = useState(() => initial?.color ?? randomColour());
  const [showError, setShowError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!cleanName(name)) return setShowError(true);
    onSave({ name, color });
  };
  return (
    <ModalOverlay
      isOpen
      isDismissable={!!onCancel}
      isKeyboardDismissDisabled={!onCancel}
      onOpenChange={(open) => !open && onCancel?.()}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog__title">
            {initial ? "Change your name" : "Welcome — what should we call you?"}
          </Heading>
          <p className="dialog__lead">
            Your name appears beside your cursor and in the list of people on a plan, so partners know who is
            editing. It is kept on this device only.
          </p>
          <Form onSubmit={submit} validationBehavior="aria" className="stack">
            <TextField
              autoFocus
              value={name}
              onChange={(value) => {
                setName(value);
                setShowError(false);
              }}
              maxLength={NAME_MAX_LENGTH}
              isInvalid={showError}
              className="field"
            >
              <Label className="field__label">Your name</Label>
              <Input data-testid="identity.name" className="input" autoComplete="name" />
              <FieldError className="field__error">Enter your name so others can see who you are.</FieldError>
            </TextField>
            <RadioGroup value={color} onChange={setColor} orientation="horizontal" className="field">
              <Label className="field__label">
                Your colour{" "}
                <span className="swatch-picker__chosen" aria-hidden="true">
                  {colourName(color) ? `— ${colourName(color)}` : ""}
                </span>
              </Label>
              <div className="swatch-picker">
                {USER_COLOURS.map((colour) => (
                  <Radio key={colour.value} value={colour.value} className="swatch-picker__option">
                    <span className="swatch-picker__swatch" style={{ backgroundColor: colour.value }} />
                    <span className="visually-hidden">{colour.name}</span>
                  </Radio>
                ))}
              </div>
            </RadioGroup>
            <div className="dialog__actions">
              {onCancel && (
                <Button className="button" onPress={onCancel}>
                  Cancel
                </Button>
              )}
              <Button type="submit" className="button button--primary" data-testid="identity.save">
                {initial ? "Save name" : "Continue"}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
