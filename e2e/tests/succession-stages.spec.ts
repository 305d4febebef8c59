import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { openSuccessionTogether, SuccessionPage } from "../fixtures/succession-page";
import { expect, test } from "../fixtures/test";

const LIVE = { timeout: 1_000 };

test("[SU7] an empty stage is deleted at once; one with businesses only after choosing where they go, for everyone", async ({
  app,
  userA,
  userB,
}) => {
  const { ada, ben } = await openSuccessionTogether(app, userA, userB);
  await ada.addBusiness("Engaged", "Tamar Valley Bakery");
  await ada.panel.getByTestId("business.employees").fill("14");
  await ada.closePanel();
  await ada.addBusiness("Engaged", "Harbour Print Works");
  await ada.closePanel();

  await ada.editStages();
  const dialog = ada.stagesDialog;
  await dialog.getByRole("button", { name: "Delete stage Exploring options" }).click();
  await expect(ben.stage("Exploring options"), "an empty stage goes at once").toHaveCount(0, LIVE);
  // Focus stays in the list, on the stage now in the deleted one's place.
  await expect(dialog.getByTestId("stages.name").nth(2)).toBeFocused();
  await expect(dialog.getByTestId("stages.name").nth(2)).toHaveValue("Feasibility and valuation");

  await dialog.getByRole("button", { name: "Delete stage Engaged" }).press("Enter");
  const confirm = userA.page.getByRole("dialog", { name: "Delete “Engaged”?" });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText("It holds 2 businesses");
  await expectNoAxeViolations(userA.page, "the delete-stage dialog");
  // Cancel keeps the stage and its businesses.
  await confirm.getByRole("button", { name: "Cancel" }).press("Enter");
  await expect(confirm).toBeHidden();
  await expect(ben.stage("Engaged").getByText("Tamar Valley Bakery")).toBeVisible();

  await dialog.getByRole("button", { name: "Delete stage Engaged" }).click();
  await expect(confirm.getByTestId("delete-stage.destination")).toContainText("Identified");
  await confirm.getByTestId("delete-stage.destination").click();
  await userA.page.getByRole("option", { name: "Feasibility and valuation" }).click();
  await confirm.getByTestId("delete-stage.confirm").click();
  await expect(confirm).toBeHidden();

  await expect(ben.stage("Engaged"), "deleted for everyone").toHaveCount(0, LIVE);
  const feasibility = ben.stage("Feasibility and valuation");
  await expect(feasibility.getByText("Tamar Valley Bakery")).toBeVisible(LIVE);
  await expect(feasibility.getByText("Harbour Print Works")).toBeVisible();
  await expect(ben.cards, "no business lost or doubled").toHaveCount(2);
  await expect(userB.page.getByTestId("stage.column")).toHaveCount(6);

  // Mark the stage as completing a transfer: its jobs count as retained, for everyone.
  const retained = userB.page.getByTestId("summary.retained");
  const transfers = retained.locator(".succession-summary__note");
  const jobsRetained = () => retained.evaluate((element) => element.firstChild?.textContent);
  await expect(transfers).toHaveText("0 transfers");
  const completes = dialog.getByRole("checkbox", {
    name: "Completes a transfer (Feasibility and valuation)",
  });
  await expect(completes).not.toBeChecked();
  await completes.check();
  await expect(transfers).toHaveText("2 transfers", LIVE);
  expect(await jobsRetained()).toBe("14");
  await expect(feasibility).toHaveAttribute("data-completes", "true");
  await dialog.getByRole("checkbox", { name: "Completes a transfer (Feasibility and valuation)" }).uncheck();
  await expect(transfers).toHaveText("0 transfers", LIVE);
  expect(await jobsRetained()).toBe("0");
  await expectNoAxeViolations(userA.page, "the stages dialog");
});

test("[SU7] the last active stage cannot be deleted", async ({ app, userA }) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();
  await ada.editStages();
  const deletes = ada.stagesDialog.getByTestId("stages.delete");
  // Delete the first stage until one active stage is left (Not proceeding is last).
  for (let left = 7; left > 1; left--) {
    await deletes.first().click();
    await expect(deletes).toHaveCount(left);
  }
  await expect(deletes.first()).toBeDisabled();
  await expect(deletes.last()).toBeEnabled();
  await expect(userA.page.getByTestId("stage.column")).toHaveCount(2);
});
