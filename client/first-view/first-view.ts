import type { BoardOutline } from "../../shared/board/board-outline";
import { pendingLinkToken } from "../access/link-token";
import { matchRoute } from "../app/route";
import { preloadAppChunks } from "./preload-app-chunks";
import { renderFirstView } from "./render-first-view";
// The live matrix's own styles, in the entry's stylesheet: the first view looks like the board it becomes.
import "../matrix/matrix.css";
import "../matrix/action-card.css";
import "../matrix/status-badge.css";
import "../board/plan-header.css";
import "../ui/site-header.css";
import "./first-view.css";

/** A slow answer must not hold the app back: past this, the page loads as it did without a first view. */
const OUTLINE_TIMEOUT_MS = 1500;
/**
 * An outline slower than this (a busy server, a slow connection) no longer keeps the app's code waiting:
 * it starts downloading then, painted view or not.
 */
const PRELOAD_AT_THE_LATEST_MS = 500;
/**
 * The longest the first view covers the app: past this, whatever the app shows (still connecting,
 * offline, an error) is what the person should see, not a copy that says the board is on its way.
 */
const MAX_LIFETIME_MS = 10_000;
const STATUS_TEXT = "Opening the live board… (read-only until it connects)";
const FAILED_TEXT = "Coplan could not load. Check your connection and reload the page.";

let shown: { view: HTMLElement; status: HTMLElement } | undefined;

/**
 * The answer is the server's own (same origin, behind the person's credential), so only its shape is
 * checked, by hand: zod would add its weight to the one module that must stay small.
 */
function isOutline(value: unknown): value is BoardOutline {
  const outline = value as Partial<BoardOutline> | null;
  return (
    typeof outline === "object" &&
    outline !== null &&
    typeof outline.title === "string" &&
    typeof outline.area === "string" &&
    Array.isArray(outline.columns) &&
    Array.isArray(outline.rows) &&
    outline.rows.every((row) => Array.isArray(row.cells) && row.cells.every(Array.isArray)) &&
    typeof outline.placedCount === "number" &&
    typeof outline.unplacedCount === "number"
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
  // Other pages load without the board's code (the home page is small); another section needs it, not a first view.
  if (route.name !== "board") return;
  if (!opensActionPlan(location.hash)) return preloadAppChunks();
  const token = pendingLinkToken(route.boardId);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), OUTLINE_TIMEOUT_MS);
  const preloadTimer = setTimeout(preloadAppChunks, PRELOAD_AT_THE_LATEST_MS);
  try {
    const answer = fetch(`/api/boards/${encodeURIComponent(route.boardId)}/outline`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: controller.signal,
    });
    const response = await answer;
    if (!response.ok) return;
    const outline: unknown = await response.json();
    if (!isOutline(outline)) return;
    const { view, status, fill } = renderFirstView(outline);
    if (!mount(view, status)) return;
    await afterPaint();
    if (shown?.view !== view) return;
    // The app's code downloads once the view is painted: fetched and compiled earlier, on a slow machine's
    // busy core, it held the outline's answer and the first frame back (about 0.1 s in the bench's traces).
    preloadAppChunks();
    fill();
    view.removeAttribute("aria-busy");
    // Set once the view is on the page and no longer busy, so that it is announced.
    status.textContent = STATUS_TEXT;
    await afterPaint();
  } catch {
    // Offline, refused or too slow: the app's own loading and error states take over.
  } finally {
    clearTimeout(timer);
    clearTimeout(preloadTimer);
    // With no view (refused, failed, too slow), the app's code is wanted at once: all of it, side by side,
    // not only what the app's import names before its board page asks for the rest.
    preloadAppChunks();
  }
}

function mount(view: HTMLElement, status: HTMLElement): boolean {
  const root = document.getElementById("root");
  if (!root) return false;
  shown = { view, status };
  root.before(view);
  // The app renders beneath (first-view.css), covered and out of reach, until it can take over.
  root.inert = true;
  watchApp(root);
  setTimeout(dismissFirstView, MAX_LIFETIME_MS);
  return true;
}

/** Remove the first view, handing the keyboard focus to the app's main content if the view held it. */
export function dismissFirstView(): void {
  const view = shown?.view;
  if (!view) return;
  shown = undefined;
  const hadFocus = view.contains(document.activeElement);
  view.remove();
  const root = document.getElementById("root");
  if (root) root.inert = false;
  const main = document.getElementById("main");
  if (hadFocus && main) {
    if (!main.hasAttribute("tabindex")) main.tabIndex = -1;
    main.focus({ preventScroll: true });
  }
}

/**
 * The app's code could not load: keep the read-only copy (it is still the board as it was) and say so
 * in its status line; with no first view, say so on the page.
 */
export function showLoadFailure(): void {
  if (shown) {
    shown.status.textContent = FAILED_TEXT;
    return;
  }
  const root = document.getElementById("root");
  if (!root) return;
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.className = "first-view__failed";
  message.textContent = FAILED_TEXT;
  root.replaceChildren(message);
}

/**
 * The app takes over once it shows anything but its loading state: the live board, or a page saying
 * why there is none. Watching the page keeps the app's components unaware of the first view.
 */
function watchApp(root: HTMLElement): void {
  const observer = new MutationObserver(() => {
    if (!shown) return observer.disconnect();
    if (!root.firstElementChild || root.querySelector(".board-loading")) return;
    observer.disconnect();
    // The board's first frame may still be drawing its cells: swap once it has painted.
    void afterPaint().then(dismissFirstView);
  });
  observer.observe(root, { childList: true, subtree: true });
}
