import type { Page } from "@playwright/test";
import { createAction, listAxis } from "../../shared/board";
import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { editBoard, seedActions } from "../fixtures/seed-actions";
import { expect, test } from "../fixtures/test";

/** The app's own code (React, Yjs, the board): held back, the page shows only its first view. */
const APP_CHUNK = "**/assets/start-app-*.js";
const HOSTILE_TITLE = `<img src=x onerror="document.body.dataset.pwned='1'"> & "quotes"`;
/** The entry's own preloads of the app's code (Vite's import helper adds modulepreloads without a priority). */
const APP_PRELOADS = 'link[rel="modulepreload"][fetchpriority="low"]';

/** Hold the app's chunk until `release` is called: the first view stays on screen as long as needed. */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_CHUNK, async (held) => {
    await released;
    await held.continue();
  });
  return release;
}

/** Record, from the page's first script on, whether a first view is ever put on the page. */
async function recordFirstView(page: Page): Promise<() => Promise<boolean>> {
  await page.addInitScript(() => {
    const seen = { firstView: false };
    (window as unknown as { firstViewSeen: typeof seen }).firstViewSeen = seen;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="first-view"]')) seen.firstView = true;
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { firstViewSeen: { firstView: boolean } }).firstViewSeen.firstView,
    );
}

/**
 * Record, in the page's own clock, when it asked for the outline, when a first view was put on the page
 * and when the entry's preloads of the app's code were.
 */
async function recordLoadOrder(page: Page): Promise<() => Promise<Record<string, number>>> {
  await page.addInitScript((preloads) => {
    const times: Record<string, number> = {};
    (window as unknown as { loadOrder: typeof times }).loadOrder = times;
    const nativeFetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input).endsWith("/outline")) times.outlineAsked ??= performance.now();
      return nativeFetch(input, init);
    };
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="first-view"]')) times.firstView ??= performance.now();
      if (document.querySelector(preloads)) times.preloads ??= performance.now();
    }).observe(document, { childList: true, subtree: true });
  }, APP_PRELOADS);
  return () => page.evaluate(() => (window as unknown as { loadOrder: Record<string, number> }).loadOrder);
}

test("a board's matrix shows read-only from its outline before the app loads, then the live board takes over", async ({
  app,
  userA: facilitator,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await seedActions(app, board, [{ theme: 0, column: 1, prefix: "Support step", count: 40 }]);
  await editBoard(app, board, (doc) => {
    const themes = listAxis(doc, "theme");
    const columns = listAxis(doc, "column");
    createAction(doc, {
      title: HOSTILE_TITLE,
      themeId: themes[1]!.id,
      columnId: columns[2]!.id,
      owner: "Plymouth City Council",
    });
  });
  const page = facilitator.page;
  const release = await holdApp(page);
  await page.goto(board.facilitatorUrl);
  const firstView = page.getByTestId("first-view");

  await test.step("the plan's title, columns, themes and cards show, read-only, and the token has left the address bar", async () => {
    await expect(firstView.getByRole("heading", { level: 1 })).toHaveText("Plymouth action plan");
    await expect(firstView.getByRole("status")).toContainText("Opening the live board");
    const table = firstView.getByRole("table");
    for (const column of ["Finance", "Support", "Inform"]) {
      await expect(table.getByRole("columnheader", { name: column })).toBeVisible();
    }
    await expect(table.getByRole("rowheader", { name: councilActionPlan.themes[0]!.title })).toBeVisible();
    const firstAction = councilActionPlan.themes[0]!.actions[0]!;
    await expect(firstView.getByTestId("first-view.card").filter({ hasText: firstAction })).toHaveCount(1);
    // The rest of a long cell follows the first frame; every item says how long its list is.
    const cell = firstView.getByTestId("first-view.card").filter({ hasText: /^Support step/ });
    await expect(cell).toHaveCount(40);
    await expect(cell.first()).toHaveAttribute("aria-setsize", String(40 + 1));
    await expect(firstView.getByRole("button")).toHaveCount(0);
    await expect(firstView.locator("input, textarea, [contenteditable]")).toHaveCount(0);
    expect(new URL(page.url()).hash).not.toContain("token=");
    // The app's code is on its way meanwhile (held here), asked for once the view was painted.
    await expect(page.locator(`${APP_PRELOADS}[href*="/assets/start-app-"]`)).toHaveCount(1);
  });

  await test.step("a title that looks like markup shows as text", async () => {
    await expect(firstView.getByText(HOSTILE_TITLE)).toHaveCount(1);
    await expect(firstView.locator("img")).toHaveCount(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  });

  await test.step("it meets WCAG 2.2 AA, and the app beneath it is out of reach until it takes over", async () => {
    await expectNoAxeViolations(page, "the board's first view");
    await page.screenshot({ path: test.info().outputPath("first-view.png") });
    await expect(page.locator("#root")).toHaveJSProperty("inert", true);
  });

  await test.step("once the app loads, the live board replaces it, and the keyboard focus goes to it", async () => {
    await firstView.focus();
    release();
    await facilitator.board.expectConnected();
    await expect(firstView).toHaveCount(0);
    await expect(page.locator("#root")).toHaveJSProperty("inert", false);
    await expect(facilitator.board.card(councilActionPlan.themes[0]!.actions[0]!)).toBeVisible();
    await expect(page.locator("main#main")).toBeFocused();
  });
});

test("the app's code is asked for once the first view is on the page, so it never holds the outline back", async ({
  app,
  userA: facilitator,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const page = facilitator.page;
  const loadOrder = await recordLoadOrder(page);
  await page.goto(board.facilitatorUrl);
  await facilitator.board.expectConnected();
  await expect(page.getByTestId("first-view")).toHaveCount(0);
  const times = await loadOrder();
  expect(times.firstView).toBeGreaterThan(times.outlineAsked!);
  expect(times.preloads).toBeGreaterThan(times.firstView!);
});

test("a slow outline does not keep the app's code waiting for it", async ({ app, userA: facilitator }) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const page = facilitator.page;
  const loadOrder = await recordLoadOrder(page);
  let releaseOutline = () => {};
  const outlineReleased = new Promise<void>((resolve) => (releaseOutline = resolve));
  // Held past the page's own limit for it (1.5 s): no first view at all, as on a stalled server.
  await page.route("**/api/boards/*/outline", async (held) => {
    await outlineReleased;
    await held.continue().catch(() => undefined);
  });
  await page.goto(board.facilitatorUrl);
  await expect(page.locator(APP_PRELOADS).first()).toBeAttached();
  const times = await loadOrder();
  // Well before the page gives up on the outline (1.5 s after asking): the code was on its way meanwhile.
  expect(times.preloads! - times.outlineAsked!).toBeLessThan(1000);
  await facilitator.board.expectConnected();
  releaseOutline();
  expect((await loadOrder()).firstView).toBeUndefined();
});

test("no first view where it cannot help: another section of the board, or a link that gives no access", async ({
  app,
  userA: facilitator,
  userB: stranger,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await facilitator.board.goto(board.facilitatorUrl);

  await test.step("a link to the Economy section opens that section, not a matrix first", async () => {
    // A new tab with the facilitator's session cookie: the same address in the old tab would only change its fragment.
    const page = await facilitator.context.newPage();
    const sawFirstView = await recordFirstView(page);
    const outlines: string[] = [];
    page.on("request", (request) => request.url().includes("/outline") && outlines.push(request.url()));
    await page.goto(`/b/${board.id}#section=economy`);
    await expect(page.getByRole("tab", { name: "Economy", selected: true })).toBeVisible();
    expect(await sawFirstView()).toBe(false);
    expect(outlines).toEqual([]);
  });

  await test.step("a wrong token: no first view, and the app says why", async () => {
    const sawFirstView = await recordFirstView(stranger.page);
    await stranger.page.goto(`/b/${board.id}#token=cpl_not-a-real-token`);
    await expect(stranger.page.getByTestId("access.denied")).toBeVisible();
    expect(await sawFirstView()).toBe(false);
    await expect(stranger.page.getByTestId("matrix")).toHaveCount(0);
  });
});

test("a read-only view that cannot become the live board does not stay up: the app's own state shows", async ({
  app,
  userA: facilitator,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const page = facilitator.page;
  // The board's socket never answers: the app stays in its loading state, connecting.
  await page.routeWebSocket(/\/sync\//, () => {});
  await page.goto(board.facilitatorUrl);
  await expect(page.getByTestId("first-view")).toBeVisible();
  await expect(page.getByTestId("first-view")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText("Opening the plan…")).toBeVisible();
  await expect(page.locator("#root")).toHaveJSProperty("inert", false);
});

test("when the app's code cannot load, the read-only board stays and says so", async ({
  app,
  userA: facilitator,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const page = facilitator.page;
  await page.route(APP_CHUNK, (route) => route.abort());
  await page.goto(board.facilitatorUrl);
  const firstView = page.getByTestId("first-view");
  await expect(firstView.getByRole("status")).toHaveText(/Coplan could not load/);
  await expect(firstView.getByRole("heading", { level: 1 })).toHaveText("Plymouth action plan");
});
