import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { EconomyPage } from "../fixtures/economy-page";
import { expect, test } from "../fixtures/test";

const ATTRIBUTION = "Contains data from Co-operatives UK (ODC-By 1.0)";

test("choosing a local authority fills the baseline for both people, and a turnover typed by one updates the other's totals", async ({
  app,
  userA,
  userB,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  await userB.board.goto(await board.linkUrl("editor"));
  const ada = new EconomyPage(userA.page);
  const ben = new EconomyPage(userB.page);
  await ada.open();
  await ben.open();

  await ada.chooseLocalAuthority("Plymouth");
  await expect(ada.rows).toHaveCount(31);
  await expect(ben.rows).toHaveCount(31);
  await expect(ben.measureTotal("number")).toHaveText("31");
  await expect(ben.measure("turnover")).toContainText("turnover known for 0 of 31 co-ops");
  await expect(ben.attribution.first()).toHaveText(ATTRIBUTION);

  await ada.recordFigure("Plymouth Energy Community", "turnover", "1800000", "2023", "Annual report 2023");
  await expect(ada.measureTotal("turnover")).toHaveText("£1.8m");
  await expect(ben.measureTotal("turnover")).toHaveText("£1.8m", { timeout: 1_000 });
  await expect(ben.measure("turnover")).toContainText("turnover known for 1 of 31 co-ops");

  await ben.row("Farleys Food Coop").getByTestId("coop.toggle-closed").click();
  await expect(ada.measureTotal("number")).toHaveText("30");
  await expect(ada.row("Farleys Food Coop").getByTestId("coop.status")).toHaveText(/Closed/);

  await ada.recordFigure("Studio Skein", "employees", "-4", "2023", "Interview");
  await expect(userA.page.getByTestId("coop.figure-form")).toContainText("Employees cannot be negative");
  await userA.page.keyboard.press("Escape");

  await expectNoAxeViolations(userA.page, "the Economy section");
});

test("a goal with milestones draws its chart and data table, and actuals set its status for everyone", async ({
  app,
  userA,
  userB,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  await userB.board.goto(await board.linkUrl("editor"));
  const ada = new EconomyPage(userA.page);
  const ben = new EconomyPage(userB.page);
  await ada.open();
  await ben.open();
  await ada.chooseLocalAuthority("Plymouth");
  await ada.setDenominator("population", "262839", "2020", "ONS mid-2020");
  // 31 co-ops in 262,839 people is 11.8 per 100,000, above the 2023 edition's 11.1 (7,586 in 68.27 million).
  await expect(ben.section.getByTestId("economy.gaps")).toContainText(
    "11.8 co-ops per 100,000 residents here, against 11.1 nationally: at or above the national rate",
  );

  await ada.addGoal("23", "2018", "46", "2025");
  const goalA = ada.goals.first();
  const goalB = ben.goals.first();
  await expect(goalB.getByTestId("goal.chart")).toBeVisible();
  await expect(goalB.getByTestId("goal.chart").locator("title")).toHaveText(
    "Trajectory: Number of co-operatives, 2018 to 2025",
  );
  // Baseline plus one milestone a year, 2019 to 2025.
  await expect(goalB.getByTestId("goal.table").locator("tbody tr")).toHaveCount(8);
  await expect(goalB.getByTestId("goal.status")).toHaveText(/No actuals yet/);

  await ada.recordActual(goalA, 2023, "31");
  await expect(goalB.getByTestId("goal.status")).toHaveText(/Behind/);
  await expect(goalB.getByTestId("goal.chart").locator(".trajectory__actual-point")).toHaveCount(1);
  await ben.recordActual(goalB, 2024, "45");
  await expect(goalA.getByTestId("goal.status")).toHaveText(/On track/);

  await goalA.getByText("Link or unlink matrix actions").click();
  await goalA
    .getByRole("checkbox", { name: "Promote the ‘Co-operative Option’ through an awareness programme" })
    .check();
  await expect(goalB.getByTestId("goal.linked-actions")).toContainText("Promote the ‘Co-operative Option’");

  await expectNoAxeViolations(userB.page, "the Economy section with a goal");
});

test("the exported local list carries the attribution line", async ({ app, userA }) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new EconomyPage(userA.page);
  await ada.open();
  await ada.chooseLocalAuthority("Plymouth");
  await expect(ada.rows).toHaveCount(31);
  const downloading = userA.page.waitForEvent("download");
  await userA.page.getByTestId("economy.export-csv").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("plymouth-co-operatives.csv");
  const csv = await readFile((await download.path())!, "utf8");
  // Written by the same writer as the server's section CSV: byte-order mark, CRLF, formulas neutralised.
  expect(csv.split("\r\n")[0]).toBe(`\uFEFF# ${ATTRIBUTION}`);
  expect(csv).toContain("R008933,Plymouth Energy Community");
});

test("a CSV import adds the valid rows and lists each bad one by line and reason", async ({
  app,
  userA,
  userB,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  await userB.board.goto(await board.linkUrl("editor"));
  const ada = new EconomyPage(userA.page);
  const ben = new EconomyPage(userB.page);
  await ada.open();
  await ben.open();
  await ada.chooseLocalAuthority("Plymouth");
  await expect(ben.rows).toHaveCount(31);

  const file = [
    "name,sector,turnover_gbp,turnover_year,turnover_source",
    "Moor Bakers,Food,120000,2023,Annual accounts",
    "Tamar Taxis,Transport,lots,2023,",
    ",Retail,,,",
    "Moor Bakers,Food,,,",
    "Plymouth Energy Community,Energy,,,",
  ].join("\n");
  const choosing = userA.page.waitForEvent("filechooser");
  await userA.page.getByTestId("economy.import-csv").click();
  await (
    await choosing
  ).setFiles({ name: "local-list.csv", mimeType: "text/csv", buffer: Buffer.from(file) });

  const outcome = userA.page.getByTestId("economy.import-outcome");
  await expect(outcome).toContainText("Imported 1 row; 4 not imported:");
  await expect(outcome.getByRole("listitem")).toHaveText([
    "Line 3: turnover_gbp: Turnover must be a number, like 1250 (got “lots”)",
    "Line 4: name is missing",
    "Line 5: duplicate of line 2 (Moor Bakers)",
    "Line 6: Plymouth Energy Community is already in the list",
  ]);
  await expect(ben.rows).toHaveCount(32);
  await expect(ben.row("Moor Bakers")).toContainText("£120,000");
  await expect(ben.measureTotal("turnover")).toHaveText("£120,000");
});

test("a viewer reads the economy live but has nothing to edit", async ({ app, userA, userB }) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  await userB.board.goto(await board.linkUrl("viewer"));
  const ada = new EconomyPage(userA.page);
  const viewer = new EconomyPage(userB.page);
  await ada.open();
  await viewer.open();
  await ada.chooseLocalAuthority("Plymouth");
  await expect(viewer.rows).toHaveCount(31);
  await expect(viewer.attribution.first()).toHaveText(ATTRIBUTION);
  await expect(userB.page.getByTestId("economy.local-authority")).toBeDisabled();
  await expect(viewer.section.getByRole("textbox")).toHaveCount(0);
  await expect(
    viewer.section.getByRole("button", { name: /Mark closed|Add co-op|Add goal|Import CSV/ }),
  ).toHaveCount(0);
  await expectNoAxeViolations(userB.page, "the Economy section for a viewer");
});
