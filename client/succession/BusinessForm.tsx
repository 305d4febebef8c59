import { useId, useState } from "react";
import { Button } from "react-aria-components";
import {
  EXIT_TIMELINES,
  EXIT_TIMELINE_LABELS,
  OWNERSHIP_ROUTES,
  OWNERSHIP_ROUTE_LABELS,
  deleteBusiness,
  getBusinessNotes,
  setBusinessConfidential,
  setBusinessEmployees,
  setBusinessField,
  type BusinessTextField,
  type BusinessView,
} from "../../shared/board";
import { useSession } from "../sync/session-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { MoveIcon, TrashIcon } from "../ui/icons";
import { BusinessNameField } from "./BusinessNameField";
import { FinanceField } from "./FinanceField";
import { LinkedActionsField } from "./LinkedActionsField";
import { LazyRichTextEditor } from "./LazyRichTextEditor";

interface BusinessFormProps {
  business: BusinessView;
  focusName: boolean;
  onMove(): void;
  onDeleted(): void;
}

export function BusinessForm({ business, focusName, onMove, onDeleted }: BusinessFormProps) {
  const session = useSession();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const id = useId();
  const setField = (field: BusinessTextField, value: string) =>
    session.change(() => setBusinessField(session.doc, business.id, field, value));
  const name = business.name || "Unnamed business";
  const notes = getBusinessNotes(session.doc, business.id);
  const text = (field: BusinessTextField, label: string, placeholder: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`} className="field__label">
        {label}
      </label>
      <input
        id={`${id}-${field}`}
        className="input"
        data-testid={`business.${field}`}
        value={business[field]}
        placeholder={placeholder}
        maxLength={200}
        onChange={(event) => setField(field, event.target.value)}
      />
    </div>
  );

  return (
    <div className="action-form business-form">
      <BusinessNameField businessId={business.id} autoFocus={focusName} />
      <label className="business-form__confidential checkbox">
        <input
          type="checkbox"
          data-testid="business.confidential-toggle"
          checked={business.confidential}
          onChange={(event) => {
            const confidential = event.target.checked;
            session.change(() => setBusinessConfidential(session.doc, business.id, confidential));
          }}
        />
        <span>
          <strong>Confidential</strong>
          <span className="field__hint">
            Left out of publication exports. Viewers see only a “Confidential business” placeholder in its
            stage: their browsers never receive its name, details or notes. Editors see everything.
          </span>
        </span>
      </label>
      <div className="action-form__row">
        {text("sector", "Sector", "e.g. Food and drink")}
        <div className="field">
          <label htmlFor={`${id}-employees`} className="field__label">
            Employees
          </label>
          <input
            id={`${id}-employees`}
            type="number"
            min={0}
            inputMode="numeric"
            className="input"
            data-testid="business.employees"
            value={business.employees ?? ""}
            onChange={(event) => {
              const value = event.target.value === "" ? null : Number(event.target.value);
              session.change(() => setBusinessEmployees(session.doc, business.id, value));
            }}
          />
        </div>
      </div>
      <div className="action-form__row">
        <div className="field">
          <label htmlFor={`${id}-exit`} className="field__label">
            Owner’s exit timeline
          </label>
          <select
            id={`${id}-exit`}
            className="input select"
            data-testid="business.exitTimeline"
            value={business.exitTimeline}
            onChange={(event) => setField("exitTimeline", event.target.value)}
          >
            <option value="">Not set</option>
            {EXIT_TIMELINES.map((value) => (
              <option key={value} value={value}>
                {EXIT_TIMELINE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-route`} className="field__label">
            Ownership route
          </label>
          <select
            id={`${id}-route`}
            className="input select"
            data-testid="business.route"
            value={business.route}
            onChange={(event) => setField("route", event.target.value)}
          >
            <option value="">Not decided</option>
            {OWNERSHIP_ROUTES.map((value) => (
              <option key={value} value={value}>
                {OWNERSHIP_ROUTE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FinanceField business={business} />
      {text("adviser", "Adviser or support organisation", "e.g. Co-operatives UK")}
      {text("contact", "Owner and contact", "Who to speak to, and how")}
      <div className="action-form__row">
        {text("nextStep", "Next step", "e.g. Valuation meeting")}
        <div className="field">
          <label htmlFor={`${id}-date`} className="field__label">
            Next step date
          </label>
          <input
            id={`${id}-date`}
            type="date"
            className="input"
            data-testid="business.nextStepDate"
            value={business.nextStepDate}
            onChange={(event) => setField("nextStepDate", event.target.value)}
          />
        </div>
      </div>
      <LinkedActionsField business={business} editable />
      {notes && (
        <LazyRichTextEditor
          fragment={notes}
          label="Notes"
          accessibleName={`Notes for ${name}`}
          editable
          testId="business.notes"
        />
      )}
      <div className="action-form__footer">
        <Button className="button button--small" onPress={onMove}>
          <MoveIcon />
          Move to stage…
        </Button>
        <Button
          className="button button--small button--danger-quiet"
          data-testid="business.delete"
          onPress={() => setConfirmingDelete(true)}
        >
          <TrashIcon />
          Delete business
        </Button>
      </div>
      {confirmingDelete && (
        <ConfirmDialog
          title="Delete this business?"
          confirmLabel="Delete business"
          onConfirm={() => {
            setConfirmingDelete(false);
            session.change(() => deleteBusiness(session.doc, business.id));
            onDeleted();
          }}
          onCancel={() => setConfirmingDelete(false)}
        >
          <p>“{name}” and its notes will be removed for everyone. You can bring it back with Undo.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
