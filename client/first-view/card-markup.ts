import type { OutlineAction } from "../../shared/board/board-outline";
import { ACTION_STATUS_LABELS, isActionStatus } from "../../shared/board/types";
import { formatDue, isOverdue } from "../matrix/format-due";

/** Text for HTML: every string in a card is a board's content, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * One card of the first view as markup: the elements, classes and words of the live card
 * (ActionCardContent), without its buttons. Cards are strings parsed in one go: a thousand built node
 * by node cost the first view a frame or more on a slow machine. `position` and `cellSize` give the
 * list's full size on every item, so a screen reader says "1 of 250" while the rest are still to come.
 */
export function cardHtml(action: OutlineAction, position: number, cellSize: number, today: string): string {
  const status = isActionStatus(action.status) ? action.status : "idea";
  const fact = (label: string | null, text: string, className = "action-card__fact") =>
    `<span class="${className}">${label ? `<span class="visually-hidden">${label}</span>` : ""}${escapeHtml(text)}</span>`;
  const overdue = isOverdue(action.due, status, today);
  const facts = [
    action.owner ? fact("Lead: ", action.owner) : "",
    action.due
      ? overdue
        ? fact(null, `Overdue: ${formatDue(action.due)}`, "action-card__fact action-card__fact--overdue")
        : fact(null, `Due ${formatDue(action.due)}`)
      : "",
    action.milestone ? fact("Milestone: ", action.milestone) : "",
    action.partnerCount > 0
      ? fact(null, action.partnerCount === 1 ? "1 partner" : `${action.partnerCount} partners`)
      : "",
  ].join("");
  return (
    `<li class="action-card first-view__card" data-testid="first-view.card" data-status="${status}" ` +
    `aria-posinset="${position}" aria-setsize="${cellSize}">` +
    `<div class="action-card__body"><p class="action-card__title">${escapeHtml(action.title || "Untitled action")}</p>` +
    `<div class="action-card__meta"><span class="status-badge status-badge--${status}">` +
    `<span class="status-badge__dot" aria-hidden="true"></span><span class="visually-hidden">Status: </span>` +
    `${ACTION_STATUS_LABELS[status]}</span>${facts}</div></div></li>`
  );
}
