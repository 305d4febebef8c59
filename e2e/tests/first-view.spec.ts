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
    await expect(page.locator('link[rel="modulepreload"][href*="/assets/start-app-"]')).toHaveCount(1);
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

test("the app's code is asked for only once the first view is painted, so it never holds the outline back", async ({
  app,
  userA: facilitator,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const page = facilitator.page;
  const appRequests: string[] = [];
  page.on(
    "request",
    (request) => request.url().includes("/assets/start-app-") && appRequests.push(request.url()),
  );
  let releaseOutline = () => {};
  const outlineReleased = new Promise<void>((resolve) => (releaseOutline = resolve));
  let outlineAsked = () => {};
  const outlineSeen = new Promise<void>((resolve) => (outlineAsked = resolve));
  await page.route("**/api/boards/*/outline", async (held) => {
    outlineAsked();
    await outlineReleased;
    await held.continue();
  });
  await page.goto(board.facilitatorUrl);
  await outlineSeen;

  await test.step("while the outline is on its way, nothing of the app's code is asked for", async () => {
    // The page has loaded and its entry has run (it asked for the outline); the app waits behind the view.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await page.locator('link[rel="modulepreload"]').count()).toBe(0);
    expect(appRequests).toEqual([]);
  });

  await test.step("once the view is painted the app's code loads, and the live board takes over", async () => {
    releaseOutline();
    await expect(page.locator('link[rel="modulepreload"][href*="/assets/start-app-"]')).toHaveCount(1);
    await facilitator.board.expectConnected();
    await expect(page.getByTestId("first-view")).toHaveCount(0);
    expect(appRequests.length).toBeGreaterThan(0);
  });
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
