import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { ShareDialog } from "../fixtures/share-dialog";
import { SuccessionPage } from "../fixtures/succession-page";
import { expect, test } from "../fixtures/test";

test("a view-only link on a plan with a confidential business notes that viewers get only placeholders", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();
  await ada.addBusiness("Engaged", "Stonehouse Engineering");
  await ada.panel.getByTestId("business.confidential-toggle").check();
  await ada.closePanel();

  const share = new ShareDialog(userA.page);
  await share.show();
  const warning = share.dialog.getByTestId("share.confidential-warning");
  await share.role("editor").click();
  await expect(warning).toHaveCount(0);
  await share.role("viewer").click();
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute("role", "note");
  await expect(warning).toContainText("1 confidential business");
  await expect(warning).toContainText("never receives the names");
  await expectNoAxeViolations(userA.page, "the share dialog's confidential warning");
  await userA.page.screenshot({ path: "test-results/share-confidential-warning.png" });
});

test("the export menu downloads the succession pipeline and the local co-operatives as CSV", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new SuccessionPage(userA.page);
  await ada.open();
  await ada.addBusiness("Identified", "Barbican Opticians");
  await ada.closePanel();

  for (const id of ["csv-succession", "csv-economy"]) {
    await userA.page.getByTestId("export.open").first().click();
    const [download] = await Promise.all([
      userA.page.waitForEvent("download"),
      userA.page.getByTestId(`export.${id}`).click(),
    ]);
    expect(download.url()).toContain(`section=${id.replace("csv-", "")}`);
    const text = await readFile(await download.path(), "utf8");
    if (id === "csv-succession") expect(text).toContain("Barbican Opticians");
    else expect(text.length).toBeGreaterThan(0);
  }
});
