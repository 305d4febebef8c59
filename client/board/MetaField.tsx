import { useId } from "react";
import { setMetaField, type EditableMetaField } from "../../shared/board";
import { useBoardView, useSession } from "../sync/session-context";
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
  const { meta } = useBoardView();
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
        value={meta[field]}
        placeholder={placeholder}
        maxLength={max}
        aria-describedby={countId}
        autoComplete="off"
        onChange={(event) => {
          const value = event.target.value;
          session.change(() => setMetaField(session.doc, field, value));
        }}
      />
      <CharacterCount id={countId} length={meta[field].length} max={max} />
    </div>
  );
}
