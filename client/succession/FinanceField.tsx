import { useId } from "react";
import {
  FINANCE_OPTIONS,
  FINANCE_OPTION_LABELS,
  setBusinessField,
  setFinanceOption,
  type BusinessView,
} from "../../shared/board";
import { useSession } from "../sync/session-context";

/** The finance under consideration: any of the usual options, plus anything else in words. */
export function FinanceField({ business }: { business: BusinessView }) {
  const session = useSession();
  const otherId = useId();
  return (
    <fieldset className="business-form__finance">
      <legend className="field__label">Finance options under consideration</legend>
      <div className="business-form__checks">
        {FINANCE_OPTIONS.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="checkbox"
              data-testid={`business.finance.${option}`}
              checked={business.financeOptions.includes(option)}
              onChange={(event) => {
                const chosen = event.target.checked;
                session.change(() => setFinanceOption(session.doc, business.id, option, chosen));
              }}
            />
            {FINANCE_OPTION_LABELS[option]}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={otherId} className="field__label field__label--quiet">
          Other finance
        </label>
        <input
          id={otherId}
          className="input"
          value={business.financeOther}
          placeholder="e.g. Social investment from Big Issue Invest"
          maxLength={200}
          onChange={(event) => {
            const value = event.target.value;
            session.change(() => setBusinessField(session.doc, business.id, "financeOther", value));
          }}
        />
      </div>
    </fieldset>
  );
}
