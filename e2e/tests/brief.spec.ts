import { expectNoAxeViolations } from "../fixtures/axe";
import { openBoardTogether } from "../fixtures/boards";
import { EconomyPage } from "../fixtures/economy-page";
import { expect, test } from "../fixtures/test";
import { ADA } from "../fixtures/users";

test("the consultant brief starts from Template 3, is co-edited with carets and receives the baseline table", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);
  const ada = new EconomyPage(userA.page);
  const ben = new EconomyPage(userB.page);
  await ada.open();
  await ada.chooseLocalAuthority("Plymouth");
  await expect(ada.rows).toHaveCount(31);
  await ada.setDenominator("population", "262839", "2020", "ONS mid-2020");

  await ada.openBrief();
  await ben.openBrief();
  for (const heading of [
    "Background",
    "Purpose",
    "Scope",
    "Method",
    "Deliverables",
    "Timetable",
    "Budget and procurement route",
    "Evaluation criteria",
  ])
    await expect(ben.briefEditor.getByRole("heading", { name: heading })).toBeVisible();

  await ada.briefEditor.getByText("Maximum budget").click();
  await userA.page.keyboard.press("End");
  await userA.page.keyboard.type(" Quotes by 30 June.");
  await expect(ben.briefEditor).toContainText("Quotes by 30 June.");
  await expect(ben.remoteCaret(ADA.name)).toHaveCount(1);

  await userA.page.getByTestId("brief.insert-baseline").click();
  await expect(
    ben.briefEditor.getByRole("heading", { name: "Baseline: the co-operative economy of Plymouth" }),
  ).toBeVisible();
  // The baseline arrives on the other screen as a real table: a header row, then the four measures.
  const table = ben.briefEditor.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText([
    "Measure",
    "Here",
    "Here, per head",
    "Nationally",
    "Nationally, per head",
  ]);
  const firstRow = table.getByRole("row").nth(1).getByRole("cell");
  await expect(firstRow.nth(0)).toHaveText("Number of co-operatives");
  await expect(firstRow.nth(1)).toHaveText("31 (31 active co-ops)");
  // 31 in 262,839 residents; 7,586 co-ops nationally in the 2023 edition.
  await expect(firstRow.nth(2)).toHaveText("11.8 per 100,000 residents");
  await expect(firstRow.nth(3)).toHaveText(/^7,586 \(2023 edition\)$/);
  // The two rates against the national benchmark: 31 in 262,839 is 11.8 per 100,000, above 11.1.
  await expect(ben.briefEditor).toContainText(
    "Co-ops per 100,000 residents: 11.8 here (262,839, 2020, ONS mid-2020); 11.1 nationally (2023 edition): at or above the national rate",
  );
  await expect(ben.briefEditor).toContainText(
    "Co-ops per 1,000 businesses: — here (not entered); 1.35 nationally (2023 edition); enter the business count to compare",
  );
  await expect(ben.briefEditor).toContainText("Contains data from Co-operatives UK (ODC-By 1.0)");

  await expectNoAxeViolations(userB.page, "the consultant brief");
  await table.scrollIntoViewIfNeeded();
  await userB.page.screenshot({ path: "test-results/brief-baseline-table.png" });
});
