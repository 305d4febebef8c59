import type { BoardOutline, OutlineAction } from "../../shared/board/board-outline";
import { ACTION_STATUS_LABELS, isActionStatus } from "../../shared/board/types";
import { pendingLinkToken } from "../access/link-token";
import { matchRoute } from "../app/route";
import { actionCount } from "../matrix/axis-labels";
import { formatDue } from "../matrix/format-due";
// The live matrix's own styles, in the entry's stylesheet: the first view looks like the board it becomes.
import "../matrix/matrix.css";
import "../matrix/action-card.css";
import "../matrix/status-badge.css";
import "../board/plan-header.css";
import "./first-view.css";

/** A slow answer must not hold the app back: past this, the page loads as it did without a first view. */
const OUTLINE_TIMEOUT_MS = 1500;

let shown: HTMLElement | undefined;
let dismissed = false;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  // textContent only: every string here is a board's content, never markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text for HTML: every string in a card is a board's content, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * One card as markup, the same elements and classes as the live card's (ActionCardContent). The cards
 * are a string parsed in one go: a thousand of them built node by node cost the first view a frame or
 * more on a slow machine.
 */
export function cardHtml(action: OutlineAction, position: number, cellSize: number): string {
  const status = isActionStatus(action.status) ? action.status : "idea";
  const fact = (label: string | null, text: string) =>
    `<span class="action-card__fact">${label ? `<span class="visually-hidden">${label}</span>` : ""}${escapeHtml(text)}</span>`;
  const facts = [
    action.owner ? fact("Lead: ", action.owner) : "",
    action.due ? fact(null, `Due ${formatDue(action.due)}`) : "",
    action.milestone ? fact("Milestone: ", action.milestone) : "",
    action.partnerCount > 0
      ? fact(null, action.partnerCount === 1 ? "1 partner" : `${action.partnerCount} partners`)
      : "",
  ].join("");
  return (
    // The list's full size on every item: a screen reader says "1 of 250" while the rest are still to come.
    `<li class="action-card first-view__card" data-testid="first-view.card" data-status="${status}" aria-posinset="${position}" aria-setsize="${cellSize}">` +
    `<div class="action-card__body"><p class="action-card__title">${escapeHtml(action.title || "Untitled action")}</p>` +
    `<div class="action-card__meta"><span class="status-badge status-badge--${status}">` +
    `<span class="status-badge__dot" aria-hidden="true"></span><span class="visually-hidden">Status: </span>` +
    `${ACTION_STATUS_LABELS[status]}</span>${facts}</div></div></li>`
  );
}

/**
 * Cards per cell drawn in the first frame: more than a tall screen shows of a cell. The rest of each
 * cell follows once that frame is painted (`fill`), as the live board's lists draw only what is in view:
 * a thousand cards' style and layout in one frame on a slow machine cost the first view a quarter of a second or more.
 */
const FIRST_FRAME_CARDS = 12;

type Fill = () => void;

function matrix(outline: BoardOutline, fills: Fill[]): HTMLTableElement {
  const table = element("table", "matrix first-view__matrix");
  table.style.minWidth = `calc(var(--theme-column) + ${outline.columns.length} * var(--cell-min-width))`;
  table.append(
    element(
      "caption",
      "matrix__caption",
      `Themes down the side, ${outline.columns.join(", ") || "no columns yet"} across the top.`,
    ),
  );
  const head = element("thead");
  const headRow = element("tr");
  const corner = element("th", "matrix__corner", "Theme");
  corner.scope = "col";
  headRow.append(corner);
  for (const title of outline.columns) {
    const th = element("th", "matrix__axis matrix__axis--column");
    th.scope = "col";
    const inner = element("div", "matrix__axis-inner");
    inner.append(element("span", "matrix__axis-title", title || "Untitled column"));
    th.append(inner);
    headRow.append(th);
  }
  head.append(headRow);
  const body = element("tbody");
  for (const row of outline.rows) {
    const tr = element("tr");
    const th = element("th", "matrix__axis matrix__axis--theme");
    th.scope = "row";
    const inner = element("div", "matrix__axis-inner");
    inner.append(element("span", "matrix__axis-title", row.title || "Untitled theme"));
    th.append(inner);
    tr.append(th);
    for (const cards of row.cells) {
      const td = element("td", "matrix__cell");
      td.dataset.testid = "first-view.cell";
      if (cards.length === 0) td.append(element("p", "card-list__empty", "No actions yet"));
      else {
        const list = element("ul", "card-list first-view__cards");
        const html = (from: number, to?: number) =>
          cards
            .slice(from, to)
            .map((action, index) => cardHtml(action, from + index + 1, cards.length))
            .join("");
        list.innerHTML = html(0, FIRST_FRAME_CARDS);
        if (cards.length > FIRST_FRAME_CARDS) {
          fills.push(() => list.insertAdjacentHTML("beforeend", html(FIRST_FRAME_CARDS)));
        }
        td.append(list);
      }
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

/** The read-only board: the plan's title and its matrix, with a status line saying the live board is on its way. */
export function renderFirstView(outline: BoardOutline): { view: HTMLElement; fill: Fill } {
  const fills: Fill[] = [];
  const view = element("div", "first-view");
  view.dataset.testid = "first-view";
  view.setAttribute("aria-busy", "true");
  // It scrolls on its own, over the app: a keyboard must be able to reach it to scroll it.
  view.tabIndex = 0;
  view.setAttribute("role", "region");
  view.setAttribute("aria-label", "The plan, read-only while the live board opens");
  const bar = element("div", "first-view__bar");
  bar.append(element("span", "first-view__brand", "Coplan"));
  const status = element("p", "first-view__status", "Opening the live board… (read-only until it connects)");
  status.setAttribute("role", "status");
  bar.append(status);
  const content = element("div", "first-view__content");
  const title = element("div", "plan-title");
  title.append(element("p", "plan-title__label", "Action plan"));
  title.append(element("h1", "plan-title__text", outline.title || "Untitled plan"));
  if (outline.area) title.append(element("p", "first-view__area", outline.area));
  const section = element("section", "matrix-section");
  section.setAttribute("aria-label", "Action plan (loading)");
  const toolbar = element("div", "matrix-toolbar");
  const heading = element("div");
  heading.append(element("h2", "matrix-toolbar__title", "Action plan"));
  const themes = outline.rows.length;
  const columns = outline.columns.length;
  heading.append(
    element(
      "p",
      "matrix-toolbar__summary",
      `${themes} ${themes === 1 ? "theme" : "themes"} · ${columns} ${columns === 1 ? "column" : "columns"} · ${actionCount(outline.placedCount)}`,
    ),
  );
  toolbar.append(heading);
  const scroll = element("div", "matrix-scroll");
  scroll.append(matrix(outline, fills));
  section.append(toolbar, scroll);
  content.append(title, section);
  view.append(bar, content);
  return { view, fill: () => fills.forEach((fill) => fill()) };
}

function isOutline(value: unknown): value is BoardOutline {
  const outline = value as Partial<BoardOutline> | null;
  return (
    typeof outline === "object" &&
    outline !== null &&
    typeof outline.title === "string" &&
    Array.isArray(outline.columns) &&
    Array.isArray(outline.rows) &&
    typeof outline.placedCount === "number"
  );
}

/** The section the address opens (`#section=…`); the first view draws only the action plan. */
function opensActionPlan(hash: string): boolean {
  const section = new URLSearchParams(hash.replace(/^#/, "")).get("section");
  return !section || section === "plan";
}

/** Resolves once the browser has painted what is on the page now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * On a board's address, draw the board's matrix from its outline (one small request) before the app's
 * scripts run: on a slow machine the app and the live document take seconds, the outline a moment.
 * Resolves once the view is painted, or at once when there is nothing to draw (another page, another
 * section, no access, a slow or failed answer): then the app loads and says what is wrong as before.
 */
export async function showFirstView(): Promise<void> {
  const route = matchRoute(location.pathname);
  if (route.name !== "board" || !opensActionPlan(location.hash)) return;
  const token = pendingLinkToken(route.boardId);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), OUTLINE_TIMEOUT_MS);
  try {
    const response = await fetch(`/api/boards/${encodeURIComponent(route.boardId)}/outline`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: controller.signal,
    });
    if (!response.ok) return;
    const outline: unknown = await response.json();
    if (!isOutline(outline) || dismissed) return;
    const { view, fill } = renderFirstView(outline);
    mount(view);
    await afterPaint();
    if (shown !== view) return;
    fill();
    view.removeAttribute("aria-busy");
    await afterPaint();
  } catch {
    // Offline, refused or too slow: the app's own loading and error states take over.
  } finally {
    clearTimeout(timer);
  }
}

function mount(view: HTMLElement): void {
  const root = document.getElementById("root");
  if (!root) return;
  shown = view;
  root.before(view);
  // The app renders underneath (first-view.css), covered and out of reach, until it can take over.
  root.inert = true;
  watchApp(root);
}

/** Remove the first view: the live board (or whatever the app shows instead) is ready. */
export function dismissFirstView(): void {
  dismissed = true;
  if (!shown) return;
  shown.remove();
  shown = undefined;
  const root = document.getElementById("root");
  if (root) root.inert = false;
}

/**
 * The app takes over once it shows anything but its loading state: the live board, or a page saying
 * why there is none. Watching the page keeps the app's components unaware of the first view.
 */
function watchApp(root: HTMLElement): void {
  const observer = new MutationObserver(() => {
    if (!root.firstElementChild || root.querySelector(".board-loading")) return;
    observer.disconnect();
    // The board's first frame may still be drawing its cells: swap once it has painted.
    void afterPaint().then(dismissFirstView);
  });
  observer.observe(root, { childList: true, subtree: true });
}
