import { readFile } from "node:fs/promises";
import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard, openBoardTogether } from "../fixtures/boards";
import { HistoryPanel } from "../fixtures/history-panel";
import { expect, test } from "../fixtures/test";

const original = councilActionPlan.themes[0]!.actions[0]!;
const renamed = "Find blended finance for new start co-operatives";

test("the facilitator saves a version, compares the partner's edit with it, and restores it live for both", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);
  const actionId = await userA.board.actionId(original);
  const history = new HistoryPanel(userA.page);

  await history.show();
  await expect(history.dialog.getByTestId("history.empty")).toBeVisible();
  await history.save.click();
  await expect(history.dialog.getByText("Give the version a name")).toBeVisible();
  await history.saveVersion("End of workshop 1");
  await expect(history.version("End of workshop 1")).toContainText("Ada Okafor");
  await expectNoAxeViolations(userA.page, "the history panel");
  await userA.page.keyboard.press("Escape");

  const panel = await userB.board.openAction(original);
  await panel.title.fill(renamed);
  const cardForA = userA.board.cardById(actionId).getByTestId("action.card-title");
  await expect(cardForA).toHaveText(renamed);

  await history.show();
  await history.compareWithNow("End of workshop 1");
  await expect(history.changes).toHaveCount(1);
  await expect(history.changes.first()).toHaveAttribute("data-record-id", actionId);
  await expect(history.changes.first()).toHaveAttribute("data-change", "changed");
  await expect(history.changes.first().locator("ins")).toContainText(["blended"]);
  await expect(history.changes.first().locator("del").first()).not.toBeEmpty();
  const marked = history.markedCard(actionId);
  await expect(marked).toHaveAttribute("data-change", "changed");
  await expect(marked.getByTestId("change.badge")).toHaveText(/Changed/);
  await expect(userA.page.getByTestId("change.legend")).toBeVisible();
  await expect(userA.page.getByTestId("cell.add-action")).toHaveCount(0);
  await history.changes.first().getByTestId("compare.show").press("Enter");
  await expect(marked).toBeFocused();
  await expectNoAxeViolations(userA.page, "the compare view");

  await history.back.click();
  await userA.board.expectConnected();
  await userB.page.evaluate(() => ((window as unknown as { notReloaded?: boolean }).notReloaded = true));
  await history.show();
  await history.restore("End of workshop 1");
  const cardForB = userB.board.cardById(actionId).getByTestId("action.card-title");
  await expect(cardForB).toHaveText(original);
  await expect(cardForA).toHaveText(original);
  await expect(userB.board.connection).toHaveAttribute("data-state", "connected");
  expect(await userB.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
    true,
  );

  expect([...userA.errors, ...userB.errors], "no page errors through compare and restore").toEqual([]);

  await history.restoreNotice.getByTestId("restore.undo").click();
  await expect(cardForB).toHaveText(renamed);
  await history.show();
  await expect(history.versions.and(userA.page.locator('[data-kind="before-restore"]'))).toHaveCount(2);
});

test("compare marks a renamed theme and an added column on the board, and lists a deleted theme", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const page = userA.page;
  const history = new HistoryPanel(page);
  const [, second, third] = councilActionPlan.themes.map((theme) => theme.title);
  const renamedTheme = "Pathways into co-operation";
  const renamedId = await userA.board.theme(second!).getAttribute("data-theme-id");
  await history.show();
  await history.saveVersion("Before the workshop");
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: `Options for theme “${second}”` }).click();
  await page.getByRole("menuitem", { name: "Rename" }).click();
  await page.getByRole("textbox", { name: "Theme name" }).fill(renamedTheme);
  await page.keyboard.press("Enter");
  await page.getByTestId("matrix.add-column").click();
  await page.getByRole("textbox", { name: "Column name" }).fill("Evaluate");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: `Options for theme “${third}”` }).click();
  await page.getByRole("menuitem", { name: "Delete theme…" }).click();
  await page.getByTestId("confirm.delete").click();
  await expect(userA.board.theme(third!)).toHaveCount(0);

  await history.show();
  await history.compareWithNow("Before the workshop");
  const theme = history.compareView.locator(`[data-testid="matrix.theme"][data-theme-id="${renamedId}"]`);
  await expect(theme).toHaveAttribute("data-change", "changed");
  await expect(theme.getByTestId("change.badge")).toHaveText("✎Changed");
  await expect(theme).toContainText(renamedTheme);
  const column = history.compareView.getByTestId("matrix.column").filter({ hasText: "Evaluate" });
  await expect(column).toHaveAttribute("data-change", "added");
  await expect(column.getByTestId("change.badge")).toHaveText("+Added");
  await expect(history.compareView.locator('[data-testid="matrix.theme"][data-change]')).toHaveCount(1);
  const removed = page.getByTestId("compare.removed");
  await expect(removed.getByRole("heading")).toHaveText(/^1 theme, \d+ actions removed$/);
  await expect(removed.locator('[data-record-type="theme"] del')).toHaveText(third!);
  await expect(page.getByTestId("change.legend")).toBeVisible();
  await expect(page.getByTestId("matrix").locator("caption")).toContainText(
    "across the top. Open a card to read its details.",
  );
  await expectNoAxeViolations(page, "the compare view with marked theme and column headers");
});

test("a version opens read-only in the board's own layout, and every export downloads from the menus", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const history = new HistoryPanel(userA.page);
  await userA.page.getByTestId("history.save-open").click();
  const saveDialog = userA.page.getByTestId("history.save-dialog");
  await expect(saveDialog.getByTestId("history.save-label")).toBeFocused();
  await userA.page.keyboard.type("End of workshop 2");
  await userA.page.keyboard.press("Enter");
  await expect(saveDialog).toBeHidden();
  await expect(userA.page.getByTestId("history.saved")).toHaveText(/Saved “End of workshop 2”/);
  await history.show();
  await history.version("End of workshop 2").getByTestId("history.view").click();

  await expect(history.versionBanner.getByTestId("version.heading")).toHaveText(
    /^Viewing “End of workshop 2” — \d{1,2} \w+ \d{4}/,
  );
  await expect(userA.board.card(original)).toBeVisible();
  await expect(userA.page.getByTestId("cell.add-action")).toHaveCount(0);
  await expect(userA.page.getByTestId("board.title")).toHaveText("Plymouth action plan");
  await userA.board.card(original).getByTestId("action.card-title").click();
  await expect(userA.board.panel.root).toBeVisible();
  await expect(userA.board.panel.root.getByTestId("action.title")).toHaveText(original);
  await expect(userA.board.panel.root.locator('[contenteditable="true"]')).toHaveCount(0);
  await userA.board.panel.close.click();
  expect(userA.errors, "no page errors while reading a version").toEqual([]);
  await expectNoAxeViolations(userA.page, "a version read-only");

  for (const format of ["json", "md", "csv", "docx", "pdf"]) {
    const download = await history.download(history.versionBanner, format);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^plymouth-action-plan-end-of-workshop-2.*\\.${format}$`),
    );
    const path = await download.path();
    expect((await readFile(path)).byteLength).toBeGreaterThan(100);
  }
  const snapshotJson = JSON.parse(
    await readFile(await (await history.download(history.versionBanner, "json")).path(), "utf8"),
  ) as { themes?: unknown[] };
  expect(snapshotJson.themes?.length).toBe(councilActionPlan.themes.length);

  await history.back.click();
  await userA.board.expectConnected();
  const header = userA.page.locator(".plan-header");
  for (const format of ["json", "md", "csv", "docx", "pdf"]) {
    const download = await history.download(header, format);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^plymouth-action-plan-live.*\\.${format}$`));
    expect((await readFile(await download.path())).byteLength).toBeGreaterThan(100);
  }
  const csv = await readFile(await (await history.download(header, "csv")).path(), "utf8");
  expect(csv).toContain(original);
});

test("a JSON export imported from the home page opens as a new plan; a bad file is refused clearly", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const history = new HistoryPanel(userA.page);
  const download = await history.download(userA.page.locator(".plan-header"), "json");
  const exportPath = await download.path();

  await userA.home.goto();
  const chooser = userA.page.waitForEvent("filechooser");
  await userA.page.getByTestId("home.import").click();
  await (
    await chooser
  ).setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format":"nope"}') });
  await expect(userA.page.getByTestId("home.import-error")).toContainText("Could not import “broken.json”");
  await expectNoAxeViolations(userA.page, "the home page with an import error");

  const again = userA.page.waitForEvent("filechooser");
  await userA.page.getByTestId("home.import").click();
  await (await again).setFiles(exportPath);
  await expect(userA.page).toHaveURL(/\/b\/[A-Za-z0-9]{22}$/);
  await userA.board.expectConnected();
  expect(new URL(userA.page.url()).pathname).not.toContain(board.id);
  await expect(userA.board.card(original)).toBeVisible();
  await expect(userA.page.getByTestId("share.open")).toBeVisible();
});

test("a viewer reads the history and compares, but cannot save, restore or delete", async ({
  app,
  userA,
  userB,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const facilitatorHistory = new HistoryPanel(userA.page);
  await facilitatorHistory.show();
  await facilitatorHistory.saveVersion("End of workshop 1");
  await facilitatorHistory.saveVersion("Saved by mistake");
  await facilitatorHistory.version("Saved by mistake").getByTestId("history.delete").click();
  await userA.page.getByTestId("confirm.delete").click();
  await expect(facilitatorHistory.status).toHaveText("Deleted “Saved by mistake”.");
  await expect(facilitatorHistory.versions).toHaveCount(1);
  await userA.page.keyboard.press("Escape");
  await userA.page.getByLabel("Council or area").fill("Plymouth City Council");
  await facilitatorHistory.show();
  await facilitatorHistory.saveVersion("End of workshop 2");

  await userB.board.goto(await board.linkUrl("viewer"));
  const history = new HistoryPanel(userB.page);
  await expect(userB.page.getByTestId("history.save-open")).toHaveCount(0);
  await history.show();
  await expect(history.version("End of workshop 1")).toBeVisible();
  await expect(history.dialog.getByTestId("history.save-form")).toHaveCount(0);
  await expect(history.dialog.getByTestId("history.restore")).toHaveCount(0);
  await expect(history.dialog.getByTestId("history.delete")).toHaveCount(0);
  await history.choose("compare.from", /^End of workshop 1/);
  await history.choose("compare.to", /^End of workshop 2/);
  await history.dialog.getByTestId("compare.open").click();
  await expect(history.compareView).toBeVisible();
  await expect(userB.page.getByTestId("compare.summary")).toHaveText(
    "0 added · 1 changed · 0 moved · 0 removed",
  );
  await expect(history.changes).toHaveText([/Plan details.*Area.*Plymouth City Council/]);

  await history.back.click();
  await history.show();
  await history.compareWithNow("End of workshop 2");
  await expect(userB.page.getByText("These two versions are the same")).toBeVisible();
});
