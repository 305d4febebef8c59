import type { FieldChange, RecordChangeType } from "../../shared/diff/types";
import { valueText } from "./change-words";
import { TextChanges } from "./TextChanges";

/** One field of a changed record: what it was and what it is; for added or removed records, its value. */
export function FieldChangeView({ field, change }: { field: FieldChange; change: RecordChangeType }) {
  return (
    <div className="field-change" data-testid="change.field" data-field={field.key}>
      <dt className="field-change__label">{field.label}</dt>
      <dd className="field-change__value">{fieldValue(field, change)}</dd>
    </div>
  );
}

function fieldValue(field: FieldChange, change: RecordChangeType) {
  if (change === "added") return valueText(field.after);
  if (change === "removed") return <del className="text-changes__delete">{valueText(field.before)}</del>;
  if (field.textChanges) return <TextChanges changes={field.textChanges} />;
  if (field.added || field.removed) {
    return (
      <>
        {field.added?.map((item) => (
          <ins key={`added-${item}`} className="text-changes__insert field-change__item">
            <span className="visually-hidden">[added: </span>
            {item}
            <span className="visually-hidden">]</span>
          </ins>
        ))}
        {field.removed?.map((item) => (
          <del key={`removed-${item}`} className="text-changes__delete field-change__item">
            <span className="visually-hidden">[removed: </span>
            {item}
            <span className="visually-hidden">]</span>
          </del>
        ))}
      </>
    );
  }
  return (
    <>
      <del className="text-changes__delete">
        <span className="visually-hidden">was: </span>
        {valueText(field.before)}
      </del>{" "}
      <span aria-hidden="true">→</span>{" "}
      <ins className="text-changes__insert">
        <span className="visually-hidden">now: </span>
        {valueText(field.after)}
      </ins>
    </>
  );
}
