import { Button } from "react-aria-components";
import type { BoardDiff, RecordChange } from "../../shared/diff/types";
import { SECTION_IDS } from "../../shared/sections/section-id";
import { focusActionCard } from "../matrix/focus-action-card";
import { changeLabel } from "./change-marks";
import { recordNoun, SECTION_TITLES } from "./change-words";
import { ChangeBadge } from "./ChangeBadge";
import { FieldChangeView } from "./FieldChangeView";

/** Every change between two versions, section by section, field by field. */
export function ChangeList({ diff }: { diff: BoardDiff }) {
  const { added, removed, changed, moved } = diff.summary;
  const sections = SECTION_IDS.map((id) => {
    const changes = diff.changes.filter((change) => change.section === id);
    // Records from open data carry the credit its licence asks for; each is said once per section.
    const credits = [...new Set(changes.flatMap((change) => change.attribution ?? []))];
    return { id, changes, credits };
  }).filter((section) => section.changes.length > 0);
  return (
    // Focusable so the keyboard can scroll it when no change in it has a button (removed records, other sections).
    <aside
      className="change-list"
      aria-labelledby="change-list-heading"
      data-testid="compare.changes"
      tabIndex={0}
    >
      <h2 id="change-list-heading" className="change-list__title">
        Changes
      </h2>
      <p className="change-list__summary" data-testid="compare.summary">
        {added} added · {changed} changed · {moved} moved · {removed} removed
      </p>
      {diff.changes.length === 0 && (
        <p className="change-list__none">These two versions are the same: nothing was changed.</p>
      )}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`changes-${section.id}`}>
          <h3 id={`changes-${section.id}`} className="change-list__section">
            {SECTION_TITLES[section.id]}
          </h3>
          {section.credits.map((credit) => (
            <p
              key={credit}
              className="attribution change-list__attribution"
              data-testid="compare.attribution"
            >
              {credit}
            </p>
          ))}
          <ul className="change-list__items">
            {section.changes.map((change) => (
              <ChangeItem key={`${change.type}-${change.id}`} change={change} />
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}

function ChangeItem({ change }: { change: RecordChange }) {
  const onBoard = change.section === "matrix" && change.type === "action" && change.change !== "removed";
  const name = change.label || `Untitled ${recordNoun(change.type).toLowerCase()}`;
  return (
    <li
      className="change"
      data-testid="compare.change"
      data-change={change.change}
      data-record-id={change.id}
    >
      <p className="change__heading">
        <ChangeBadge change={change.change} label={changeLabel(change)} />
        <span className="change__noun">{recordNoun(change.type)}</span>
        <span className="change__label">{name}</span>
      </p>
      {change.fields.length > 0 && (
        <dl className="change__fields">
          {change.fields.map((field) => (
            <FieldChangeView key={field.key} field={field} change={change.change} />
          ))}
        </dl>
      )}
      {onBoard && (
        <Button
          className="button button--small button--quiet"
          aria-label={`Show “${name}” on the board`}
          data-testid="compare.show"
          onPress={() => focusActionCard(change.id)}
        >
          Show on the board
        </Button>
      )}
    </li>
  );
}
