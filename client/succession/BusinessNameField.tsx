import { useId } from "react";
import { getBusinessNameText } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { useYTextBinding } from "../ui/use-y-text-binding";

/** The business's name, co-edited character by character like an action's title. */
export function BusinessNameField({ businessId, autoFocus }: { businessId: string; autoFocus: boolean }) {
  const session = useSession();
  const id = useId();
  const text = getBusinessNameText(session.doc, businessId)!;
  const binding = useYTextBinding<HTMLInputElement>(text, (edit) => session.change(edit));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Business name
      </label>
      <input
        id={id}
        {...binding}
        className="input business-form__name"
        data-testid="business.name"
        placeholder="e.g. Tamar Valley Bakery"
        maxLength={200}
        autoFocus={autoFocus}
      />
    </div>
  );
}
