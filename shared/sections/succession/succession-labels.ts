import {
  EXIT_TIMELINE_LABELS,
  FINANCE_OPTION_LABELS,
  OWNERSHIP_ROUTE_LABELS,
  type BusinessView,
} from "../../board/succession-types";

/** The finance under consideration as people read it: the chosen options, then the free text. */
export function financeLabels(business: BusinessView): string[] {
  const other = business.financeOther.trim();
  return [
    ...business.financeOptions.map((option) => FINANCE_OPTION_LABELS[option]),
    ...(other ? [other] : []),
  ];
}

export function routeLabel(business: BusinessView): string {
  return business.route ? OWNERSHIP_ROUTE_LABELS[business.route] : "";
}

export function exitTimelineLabel(business: BusinessView): string {
  return business.exitTimeline ? EXIT_TIMELINE_LABELS[business.exitTimeline] : "";
}

export function employeesLabel(business: BusinessView): string {
  return business.employees === null ? "" : String(business.employees);
}
