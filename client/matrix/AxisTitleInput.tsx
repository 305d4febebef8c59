import { useEffect } from "react";
import { getAxisTitleText, type Axis } from "../../shared/board";
import type * as Y from "yjs";
import { useSession } from "../sync/session-context";
import { useYTextBinding } from "../ui/use-y-text-binding";
import { AXIS_NOUN } from "./axis-labels";

interface AxisTitleInputProps {
  axis: Axis;
  id: string;
  onDone(): void;
}

/** Inline rename of a theme or column: live-edited like every shared title; Enter, Escape or leaving ends it. */
export function AxisTitleInput({ axis, id, onDone }: AxisTitleInputProps) {
  const session = useSession();
  const text = getAxisTitleText(session.doc, axis, id);
  if (!text) return null;
  return <BoundInput axis={axis} text={text} onDone={onDone} />;
}

function BoundInput({ axis, text, onDone }: { axis: Axis; text: Y.Text; onDone(): void }) {
  const session = useSession();
  const binding = useYTextBinding<HTMLInputElement>(text, (edit) => session.change(edit));
  const { ref } = binding;
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [ref]);
  return (
    <input
      {...binding}
      className="input axis-title-input"
      aria-label={`${AXIS_NOUN[axis] === "theme" ? "Theme" : "Column"} name`}
      maxLength={200}
      onBlur={onDone}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === "Escape") {
          event.preventDefault();
          onDone();
        }
      }}
    />
  );
}
