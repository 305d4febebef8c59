import { useId } from "react";
import { setMetaField, type EditableMetaField } from "../../shared/board";
import { useBoardViewPart, useSession } from "../sync/session-context";
import { CharacterCount } from "../ui/CharacterCount";
import { AREA_MAX_LENGTH, PERIOD_MAX_LENGTH } from "../ui/field-limits";

interface MetaFieldProps {
  field: EditableMetaField;
  label: string;
  placeholder: string;
  wide?: boolean;
}

/** A plan detail (area, period): a plain shared value, last writer wins. */
export function MetaField({ field, label, placeholder, wide = false }: MetaFieldProps) {
  const session = useSession();
  const value = useBoardViewPart((view) => view.meta[field]);
  const id = useId();
  const countId = useId();
  const max = field === "area" ? AREA_MAX_LENGTH : PERIOD_MAX_LENGTH;
  return (
    <div className={wide ? "meta-field meta-field--wide" : "meta-field"}>
      <label htmlFor={id} className="meta-field__label">
        {label}
      </label>
      <input
        id={id}
        className="input meta-field__input"
        value={value}
        placeholder={placeholder}
        maxLength={max}
        aria-describedby={countId}
        autoComplete="off"
        onChange={(event) => {
          const next = event.target.value;
          session.change(() => setMetaField(session.doc, field, next));
        }}
      />
      <CharacterCount id={countId} length={value.length} max={max} />
    </div>
  );
}
