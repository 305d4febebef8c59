import { useId } from "react";
import { setMetaField, type EditableMetaField } from "../../shared/board";
import { useBoardView, useSession } from "../sync/session-context";

interface MetaFieldProps {
  field: EditableMetaField;
  label: string;
  placeholder: string;
  wide?: boolean;
}

/** A plan detail (area, period): a plain shared value, last writer wins. */
export function MetaField({ field, label, placeholder, wide = false }: MetaFieldProps) {
  const session = useSession();
  const { meta } = useBoardView();
  const id = useId();
  return (
    <div className={wide ? "meta-field meta-field--wide" : "meta-field"}>
      <label htmlFor={id} className="meta-field__label">
        {label}
      </label>
      <input
        id={id}
        className="input meta-field__input"
        value={meta[field]}
        placeholder={placeholder}
        maxLength={field === "area" ? 200 : 50}
        autoComplete="off"
        onChange={(event) => {
          const value = event.target.value;
          session.change(() => setMetaField(session.doc, field, value));
        }}
      />
    </div>
  );
}
