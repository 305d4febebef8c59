import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard, openBoardTogether } from "../fixtures/boards";
import { EconomyPage } from "../fixtures/economy-page";
import { HistoryPanel } from "../fixtures/history-panel";
import { expect, test } from "../fixtures/test";

const ATTRIBUTION = "Contains data from Co-operatives UK (ODC-By 1.0)";

test("choosing a local authority fills the baseline for both people, and a turnover typed by one updates the other's totals", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);
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
  await expectNoAxeViolations(userA.page, "the figure form showing an error");
  await userA.page.keyboard.press("Escape");

  await expectNoAxeViolations(userA.page, "the Economy section");
});

test("the local authority picker works from the keyboard and passes axe while its list is open", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new EconomyPage(userA.page);
  await ada.open();
  const picker = userA.page.getByTestId("economy.local-authority");
  await expect(picker).toHaveText(/Choose a local authority/);
  await picker.focus();
  await userA.page.keyboard.press("Enter");
  const search = userA.page.getByTestId("economy.local-authority-search");
  await expect(search).toBeFocused();
  await userA.page.keyboard.type("Ply");
  const list = userA.page.getByRole("listbox", { name: "Local authority" });
  const plymouth = list.getByRole("option");
  await expect(plymouth).toHaveText([/^Plymouth \(\d+ co-ops\)$/]);
  // Typing moves the virtual focus to the first match; React Aria waits half a second before pointing
  // aria-activedescendant at it so the screen reader first reads out the letter typed.
  await expect(search).toHaveAttribute("aria-activedescendant", (await plymouth.getAttribute("id"))!);
  // Open, the rest of the page is inert rather than aria-hidden and still focusable.
  await expectNoAxeViolations(userA.page, "the local authority picker with its list open");

  await userA.page.keyboard.press("Enter");
  await expect(list).toBeHidden();
  await expect(picker).toHaveText(/^Plymouth/);
  await expect(picker).toBeFocused();
  await expect(ada.rows).toHaveCount(31);

  // A search that matches nothing says so.
  await userA.page.keyboard.press("Enter");
  await expect(search).toBeFocused();
  await userA.page.keyboard.type("Atlantis");
  await expect(list).toContainText("No local authority matches.");
  await userA.page.keyboard.press("Escape");
  await userA.page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(picker).toHaveText(/^Plymouth/);
});

test("a goal with milestones draws its chart and data table, and actuals set its status for everyone", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);
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

  // 7,586 co-ops among 5.6 million businesses is 1.3546 per 1,000: 23,500 businesses call for 31.83,
  // so 32 (1 more); 30,000 for 40.64, so 41 (10 more).
  await ada.setDenominator("businesses", "23500", "2023", "Worked example");
  await expect(ben.section.getByTestId("economy.gaps")).toContainText(
    "1.32 co-ops per 1,000 businesses here, against 1.35 nationally: 1 more co-op to match the national rate",
  );
  await ada.setDenominator("businesses", "30000", "2023", "Worked example");
  await expect(ben.section.getByTestId("economy.gaps")).toContainText(
    "1.03 co-ops per 1,000 businesses here, against 1.35 nationally: 10 more co-ops to match the national rate",
  );
  // The 2024 edition gives employees only for co-ops and mutuals together, a figure marked uncertain.
  await userA.page.getByTestId("economy.edition").selectOption("2024");
  const employees = ben.section.getByTestId("economy.benchmark").getByRole("row", { name: /^Employees/ });
  await expect(employees).toContainText("co-ops and mutuals (wider scope)");
  await expect(employees.getByTestId("economy.benchmark-status")).toHaveText("? Uncertain");
  await userA.page.getByTestId("economy.edition").selectOption("2023");

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
  // 2024's milestone is 43 (23 more over 7 years, rounded): 43 is on track, exactly.
  await ben.recordActual(goalB, 2024, "43");
  await expect(goalA.getByTestId("goal.status")).toHaveText(/On track/);

  // The chart draws the baseline, every milestone and both actuals where the table beside it says.
  const planned = [
    [2018, 23],
    [2019, 26],
    [2020, 30],
    [2021, 33],
    [2022, 36],
    [2023, 39],
    [2024, 43],
    [2025, 46],
  ].map(([year, value]) => ({ year: year!, value: value! }));
  const actual = [
    { year: 2023, value: 31 },
    { year: 2024, value: 43 },
  ];
  await expect(goalA.getByTestId("goal.chart").locator(".trajectory__actual-point")).toHaveCount(2);
  for (const economy of [ada, ben]) {
    const goal = economy.goals.first();
    expect(await economy.chartPoints(goal)).toEqual({ planned, actual });
    expect(await economy.tableRows(goal)).toEqual(
      planned.map(({ year, value }) => ({
        year,
        planned: value,
        actual: year === 2018 ? 23 : (actual.find((point) => point.year === year)?.value ?? null),
      })),
    );
  }

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
  await openBoardTogether(app, userA, userB);
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
  await expectNoAxeViolations(userA.page, "the CSV import result");
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

test("at 390 px wide the Economy section reflows: no sideways scroll of the page, the co-op table scrolls in its own box", async ({
  app,
  userA,
}) => {
  await userA.page.setViewportSize({ width: 390, height: 844 });
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new EconomyPage(userA.page);
  await ada.open();
  await ada.chooseLocalAuthority("Plymouth");
  await expect(ada.rows).toHaveCount(31);
  await ada.setDenominator("population", "262839", "2020", "ONS mid-2020");
  await ada.addGoal("23", "2018", "46", "2025");
  await expect(ada.goals.first().getByTestId("goal.chart")).toBeVisible();

  const overflow = () =>
    userA.page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  const table = userA.page.locator(".coop-table__scroll");
  expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  // Scrolled to the end of the table, the last column's hidden header still stays inside the page.
  await table.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(userA.page, "the Economy section at 390 px");
});

test("compare's change list credits the open data beside the co-ops it listed", async ({ app, userA }) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);
  const ada = new EconomyPage(userA.page);
  const history = new HistoryPanel(userA.page);
  await history.show();
  await history.saveVersion("Before the mapping");
  await userA.page.keyboard.press("Escape");
  await ada.open();
  await ada.chooseLocalAuthority("Plymouth");
  await expect(ada.rows).toHaveCount(31);

  await history.show();
  await history.compareWithNow("Before the mapping");
  const economyChanges = userA.page.getByTestId("compare.changes").locator("section", {
    has: userA.page.getByRole("heading", { name: "Economy" }),
  });
  await expect(economyChanges.getByTestId("compare.change")).toHaveCount(32);
  await expect(economyChanges).toContainText("Plymouth Energy Community");
  await expect(economyChanges.getByTestId("compare.attribution")).toHaveText(ATTRIBUTION);
  await expectNoAxeViolations(userA.page, "the change list with open-data co-ops");
});
