import type { ReactNode } from "react";
import { peekBusinessNotes, type BusinessView } from "../../shared/board";
import {
  employeesLabel,
  exitTimelineLabel,
  financeLabels,
  routeLabel,
} from "../../shared/sections/succession/succession-labels";
import { useSession } from "../sync/session-context";
import { LazyRichTextEditor } from "./LazyRichTextEditor";
import { LinkedActionsField } from "./LinkedActionsField";
import { shortDate } from "./dates";

const orNotSet = (value: string) => value || <span className="muted">Not set</span>;

/**
 * The business panel for viewers: every field as text, the notes live but read-only. `placeholder` shows
 * a confidential business as nothing but that (viewers, or an editor's screen hiding confidential names).
 */
export function BusinessDetails({ business, placeholder }: { business: BusinessView; placeholder: boolean }) {
  const session = useSession();
  if (placeholder) {
    return (
      <div className="action-form action-details" data-testid="business.placeholder">
        <p className="action-details__title">Confidential business</p>
        <p>
          {session.canEdit
            ? "Confidential names are hidden on this screen. Turn off “Hide confidential names” to see and edit this business."
            : "The owner’s plans are commercially sensitive, so this business’s name, notes and contact details are shown only to the people editing the plan."}
        </p>
      </div>
    );
  }
  const notes = peekBusinessNotes(session.doc, business.id);
  const name = business.name || "Unnamed business";
  const facts: [string, ReactNode][] = [
    ["Sector", orNotSet(business.sector)],
    ["Employees", orNotSet(employeesLabel(business))],
    ["Owner’s exit timeline", orNotSet(exitTimelineLabel(business))],
    ["Ownership route", orNotSet(routeLabel(business))],
    ["Finance options", orNotSet(financeLabels(business).join(", "))],
    ["Adviser or support organisation", orNotSet(business.adviser)],
    ["Owner and contact", orNotSet(business.contact)],
    [
      "Next step",
      orNotSet(
        [business.nextStep, business.nextStepDate && `by ${shortDate(business.nextStepDate)}`]
          .filter(Boolean)
          .join(" "),
      ),
    ],
  ];
  return (
    <div className="action-form action-details">
      <p className="action-details__title" data-testid="business.name">
        {name}
      </p>
      <dl className="action-details__facts">
        {facts.map(([label, value]) => (
          <div key={label} className="action-details__fact action-details__fact--wide">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <LinkedActionsField business={business} editable={false} />
      {notes && (
        <LazyRichTextEditor
          fragment={notes}
          label="Notes"
          accessibleName={`Notes for ${name}`}
          editable={false}
          testId="business.notes"
        />
      )}
    </div>
  );
}
