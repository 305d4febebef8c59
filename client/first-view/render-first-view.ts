import type { BoardOutline } from "../../shared/board/board-outline";
import { actionCount } from "../matrix/axis-labels";
import { localToday } from "../matrix/format-due";
import { cardHtml } from "./card-markup";

/**
 * Cards per cell drawn in the first frame: more than a tall screen shows of a cell. The rest of each
 * cell follows once that frame is painted (`fill`), as the live board's lists draw only what is in view:
 * a thousand cards' style and layout in one frame on a slow machine cost the first view a quarter of a
 * second or more.
 */
const FIRST_FRAME_CARDS = 12;

type Fill = () => void;

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

function axisHeader(scope: "col" | "row", kind: "column" | "theme", title: string): HTMLTableCellElement {
  const th = element("th", `matrix__axis matrix__axis--${kind}`);
  th.scope = scope;
  const inner = element("div", "matrix__axis-inner");
  inner.append(element("span", "matrix__axis-title", title || `Untitled ${kind}`));
  th.append(inner);
  return th;
}

function matrix(outline: BoardOutline, fills: Fill[]): HTMLTableElement {
  const today = localToday();
  const table = element("table", "matrix first-view__matrix");
  table.style.minWidth = `calc(var(--theme-column) + ${outline.columns.length} * var(--cell-min-width))`;
  const columnNames = outline.columns.map((title) => title || "untitled column").join(", ");
  table.append(
    element(
      "caption",
      "matrix__caption",
      `Themes down the side, ${columnNames || "no columns yet"} across the top.`,
    ),
  );
  const head = element("thead");
  const headRow = element("tr");
  const corner = element("th", "matrix__corner", "Theme");
  corner.scope = "col";
  headRow.append(corner, ...outline.columns.map((title) => axisHeader("col", "column", title)));
  head.append(headRow);
  const body = element("tbody");
  for (const row of outline.rows) {
    const tr = element("tr");
    tr.append(axisHeader("row", "theme", row.title));
    for (const cards of row.cells) {
      const td = element("td", "matrix__cell");
      td.dataset.testid = "first-view.cell";
      if (cards.length === 0) td.append(element("p", "card-list__empty", "No actions yet"));
      else {
        const list = element("ul", "card-list first-view__cards");
        const html = (from: number, to?: number) =>
          cards
            .slice(from, to)
            .map((action, index) => cardHtml(action, from + index + 1, cards.length, today))
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

/**
 * The read-only board: the plan's title and its matrix, with a status line saying the live board is on its
 * way. `fill` draws the rest of the long cells; `status` is the line to announce once the view is on the page.
 */
export function renderFirstView(outline: BoardOutline): {
  view: HTMLElement;
  status: HTMLElement;
  fill: Fill;
} {
  const fills: Fill[] = [];
  const view = element("div", "first-view");
  view.dataset.testid = "first-view";
  view.setAttribute("aria-busy", "true");
  // It scrolls on its own, over the app: a keyboard must be able to reach it to scroll it.
  view.tabIndex = 0;
  view.setAttribute("role", "region");
  view.setAttribute("aria-label", "The plan, read-only while the live board opens");
  // The app's own banner classes (site-header.css): the bar looks the same before and after the swap.
  const bar = element("div", "site-header");
  const brand = element("span", "site-header__brand");
  brand.append(element("span", "site-header__name", "Coplan"));
  bar.append(brand);
  // Empty until it is on the page: a live region's first words are only announced as a change.
  const status = element("p", "first-view__status");
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
  if (outline.unplacedCount > 0) {
    // The live board lists these apart (their theme or column was deleted): say they exist.
    const count = outline.unplacedCount;
    section.append(
      element(
        "p",
        "first-view__unplaced",
        `${actionCount(count)} not in any cell (${count === 1 ? "its" : "their"} theme or column was deleted): shown once the live board opens.`,
      ),
    );
  }
  content.append(title, section);
  view.append(bar, content);
  return { view, status, fill: () => fills.forEach((fill) => fill()) };
}
