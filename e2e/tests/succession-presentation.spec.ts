import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { openSuccessionTogether, SuccessionPage } from "../fixtures/succession-page";
import { expect, test } from "../fixtures/test";

test("in presentation view at 1920×1080 every stage fits across the screen; narrower, only the pipeline scrolls", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.page.setViewportSize({ width: 1920, height: 1080 });
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();
  await ada.addBusiness("Structure and finance", "Cattedown Metal Finishing");
  await ada.closePanel();
  await userA.page.getByRole("button", { name: "Presentation view" }).click();
  await expect(userA.page.locator("html")).toHaveAttribute("data-presenting", "");

  const columns = userA.page.getByTestId("stage.column");
  await expect(columns).toHaveCount(8);
  const pipeline = userA.page.getByTestId("succession.pipeline");
  await pipeline.scrollIntoViewIfNeeded();
  for (const column of await columns.all()) {
    const name = await column.getByTestId("stage.name").innerText();
    const box = (await column.boundingBox())!;
    expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(1920);
    await expect(column.getByTestId("stage.name"), name).toBeInViewport();
  }
  expect(await pipeline.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  await expectNoAxeViolations(userA.page, "the succession section in presentation view");

  // On a small screen the pipeline scrolls sideways on its own, the page does not, and a card is reachable.
  await userA.page.setViewportSize({ width: 800, height: 900 });
  expect(await pipeline.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(
    await userA.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await ada.moveByKeyboard("Cattedown Metal Finishing", "Not proceeding");
  await expect(ada.card("Cattedown Metal Finishing")).toBeFocused();
  await expect(ada.card("Cattedown Metal Finishing")).toBeInViewport();
});

test("'Hide confidential names' shows confidential businesses as placeholders on this screen only, and is remembered", async ({
  app,
  userA,
  userB,
}) => {
  const { ada, ben } = await openSuccessionTogether(app, userA, userB);
  await ada.addBusiness("Engaged", "Stonehouse Engineering");
  await ada.panel.getByTestId("business.confidential-toggle").check();
  await ada.panel.getByTestId("business.sector").fill("Aerospace machining");
  await ada.panel.getByTestId("business.nextStep").fill("Call Mrs Trelawny");
  await ada.closePanel();
  await ada.addBusiness("Identified", "Barbican Opticians");
  await ada.closePanel();

  await expect(ada.hideNames, "off by default").not.toBeChecked();
  await expect(ada.card("Stonehouse Engineering")).toBeVisible();
  await ada.hideNames.focus();
  await userA.page.keyboard.press("Space");
  await expect(ada.hideNames).toBeChecked();

  const secrets = /Stonehouse|Aerospace|Trelawny/;
  await expect(ada.stage("Engaged").getByTestId("business.card")).toContainText("Confidential business");
  await expect(ada.root).not.toContainText(secrets);
  await expect(ada.stage("Identified").getByText("Barbican Opticians")).toBeVisible();
  // Opening the placeholder shows nothing identifying either, not even to an editor.
  await ada.stage("Engaged").getByText("Confidential business").click();
  await expect(ada.panel.getByTestId("business.placeholder")).toBeVisible();
  await expect(ada.name).toHaveCount(0);
  await expect(ada.root).not.toContainText(secrets);
  await expectNoAxeViolations(userA.page, "the pipeline hiding confidential names");
  await ada.closePanel();

  // Only this device: the other editor still sees the name.
  await expect(ben.card("Stonehouse Engineering")).toBeVisible();
  await userA.page.reload();
  await ada.open();
  await expect(ada.hideNames, "remembered on this device").toBeChecked();
  await expect(ada.stage("Engaged").getByTestId("business.card")).toContainText("Confidential business");
  await expect(ada.root).not.toContainText(secrets);

  await userA.page.getByTestId("succession.hide-confidential").click();
  await expect(ada.hideNames).not.toBeChecked();
  await expect(ada.card("Stonehouse Engineering")).toBeVisible();
});

test("the strategy narrative folds away so the pipeline takes the width, and stays folded on this device", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.page.setViewportSize({ width: 1440, height: 900 });
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();
  const pipeline = userA.page.getByTestId("succession.pipeline");
  await expect(ada.narrative).toBeVisible();
  await expect(ada.narrativeToggle).toHaveAttribute("aria-expanded", "true");
  await expect(ada.narrativeToggle).toHaveAccessibleName("The strategy");
  const before = (await pipeline.boundingBox())!.width;

  await ada.narrativeToggle.focus();
  await userA.page.keyboard.press("Enter");
  await expect(ada.narrativeToggle).toHaveAttribute("aria-expanded", "false");
  await expect(ada.narrative).toBeHidden();
  await expect.poll(async () => (await pipeline.boundingBox())!.width).toBeGreaterThan(before + 120);
  await expectNoAxeViolations(userA.page, "the succession section with the narrative folded");

  await userA.page.reload();
  await ada.open();
  await expect(ada.narrativeToggle, "remembered on this device").toHaveAttribute("aria-expanded", "false");
  await expect(ada.narrative).toBeHidden();
  await ada.narrativeToggle.click();
  await expect(ada.narrativeToggle).toHaveAttribute("aria-expanded", "true");
  await expect(ada.narrative).toBeVisible();
});

test("[SU8] a screen left open past London's midnight shows a step due that day as overdue by itself", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  // 23:59:40 BST on 30 June; the page's clock runs on from there. Close enough to midnight that the
  // jump below stays short: a jump of minutes makes the sync socket reconnect, which re-renders the
  // screen anyway and would hide a missing midnight timer.
  await userA.page.clock.install({ time: new Date("2026-06-30T22:59:40Z") });
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();
  await ada.addBusiness("Engaged", "Mount Batten Boatyard");
  await ada.panel.getByTestId("business.nextStepDate").fill("2026-06-30");
  await ada.closePanel();
  const overdue = userA.page.getByTestId("summary.overdue");
  await expect(overdue).toHaveText("0");

  // Half a second before midnight, then on across it: only timers due in that second run, so nothing
  // but the midnight timer re-renders the screen.
  await userA.page.clock.pauseAt(new Date("2026-06-30T22:59:59.500Z"));
  await expect(overdue).toHaveText("0");
  await userA.page.clock.runFor(1_000);
  await expect(overdue).toHaveText("1");
  await expect(ada.card("Mount Batten Boatyard")).toContainText("Overdue since");
});
