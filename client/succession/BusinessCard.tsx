import { Button, GridListItem } from "react-aria-components";
import { OWNERSHIP_ROUTE_LABELS, type BusinessView, type OwnershipRoute } from "../../shared/board";
import { GripIcon, MoveIcon } from "../ui/icons";
import { shortDate } from "./dates";

/**
 * Short enough for a card's top line; the full name is the chip's accessible text. "co\u2011op" has a
 * non-breaking hyphen, so a narrow (projector) column never splits it across lines.
 */
const ROUTE_CHIPS: Record<OwnershipRoute, string> = {
  "worker-coop": "Worker co\u2011op",
  eot: "EOT",
  hybrid: "Hybrid",
  "consumer-coop": "Consumer co\u2011op",
  "community-shares": "Community shares",
  "multi-stakeholder": "Multi-stakeholder",
};

interface BusinessCardProps {
  business: BusinessView;
  isOpen: boolean;
  /** Viewers see a confidential business only as a placeholder. */
  hidden: boolean;
  overdue: boolean;
  /** Absent for viewers: no "Move to stage…" button. */
  onMove?: (businessId: string) => void;
}

export function cardName(business: BusinessView, hidden: boolean): string {
  return hidden ? "Confidential business" : business.name || "Unnamed business";
}

export function BusinessCard({ business, isOpen, hidden, overdue, onMove }: BusinessCardProps) {
  const name = cardName(business, hidden);
  const facts = [
    hidden ? "" : business.sector,
    business.employees === null ? "" : `${business.employees} staff`,
  ];
  const links = business.linkedActionIds.length;
  return (
    <GridListItem
      id={business.id}
      textValue={name}
      className="business-card"
      data-testid="business.card"
      data-business-id={business.id}
      data-open={isOpen || undefined}
      data-confidential={business.confidential || undefined}
      data-route={business.route || undefined}
    >
      {({ allowsDragging }) => (
        <>
          <div className="business-card__bar">
            {allowsDragging && (
              <Button slot="drag" className="action-card__grip business-card__grip">
                <GripIcon />
              </Button>
            )}
            {onMove && (
              <Button
                className="button button--quiet icon-button button--small business-card__move"
                data-testid="business.move"
                aria-label={`Move to stage… (${name})`}
                onPress={() => onMove(business.id)}
              >
                <MoveIcon />
              </Button>
            )}
          </div>
          {business.confidential && (
            <span className="business-card__confidential" data-testid="business.confidential">
              Confidential
            </span>
          )}
          <p className="business-card__name">{name}</p>
          {business.route && !hidden && (
            <span className="business-card__route" title={OWNERSHIP_ROUTE_LABELS[business.route]}>
              <span aria-hidden="true">{ROUTE_CHIPS[business.route]}</span>
              <span className="visually-hidden">{OWNERSHIP_ROUTE_LABELS[business.route]}</span>
            </span>
          )}
          <p className="business-card__facts">
            {facts.filter(Boolean).join(" · ") || (hidden ? "Details withheld" : "No details yet")}
          </p>
          {!hidden && (business.nextStep || business.nextStepDate) && (
            <p className="business-card__next" data-overdue={overdue || undefined}>
              <span className="visually-hidden">Next step: </span>
              {business.nextStep}
              {business.nextStepDate && (
                <span className="business-card__date">
                  {overdue ? "Overdue since " : "By "}
                  <time dateTime={business.nextStepDate}>{shortDate(business.nextStepDate)}</time>
                </span>
              )}
            </p>
          )}
          {!hidden && links > 0 && (
            <p className="business-card__links">
              {links === 1 ? "1 linked action" : `${links} linked actions`}
            </p>
          )}
        </>
      )}
    </GridListItem>
  );
}
