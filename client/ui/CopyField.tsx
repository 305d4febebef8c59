import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "react-aria-components";
import { CheckIcon, CopyIcon } from "./icons";
import { copyText } from "./copy-text";
import "./copy-field.css";

type CopyState = "idle" | "copied" | "failed";

interface CopyFieldProps {
  label: ReactNode;
  value: string;
  copyLabel?: string;
  inputTestId?: string;
  copyTestId?: string;
  /** Extra words for the label, e.g. who the link is for. */
  description?: ReactNode;
  autoFocus?: boolean;
}

/** A read-only value (a link) with a Copy button; if the clipboard is refused, the text is selected instead. */
export function CopyField({
  label,
  value,
  copyLabel = "Copy link",
  inputTestId,
  copyTestId,
  description,
  autoFocus = false,
}: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    const copied = await copyText(value, input.current);
    setState(copied ? "copied" : "failed");
    if (!copied) input.current?.select();
  };
  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field__label">
        {label}
      </label>
      {description && (
        <p id={`${id}-description`} className="copy-field__description">
          {description}
        </p>
      )}
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          className="input copy-field__input"
          value={value}
          readOnly
          autoFocus={autoFocus}
          aria-describedby={description ? `${id}-description` : undefined}
          data-testid={inputTestId}
          onFocus={(event) => event.target.select()}
        />
        <Button
          className="button button--small button--primary copy-field__copy"
          data-testid={copyTestId}
          onPress={copy}
        >
          {state === "copied" ? <CheckIcon /> : <CopyIcon />}
          {state === "copied" ? "Copied" : copyLabel}
        </Button>
      </div>
      <p role="status" className={state === "failed" ? "copy-field__status" : "visually-hidden"}>
        {state === "copied" && "Copied to the clipboard."}
        {state === "failed" &&
          "Could not copy automatically: the text is selected, press Ctrl+C (or ⌘C) to copy it."}
      </p>
    </div>
  );
}
