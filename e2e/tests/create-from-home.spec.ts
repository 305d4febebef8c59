import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { BOARD_PATH } from "../fixtures/home-page";
import { expect, test } from "../fixtures/test";

const title = "Plymouth co-operative development action plan";
const area = "Plymouth City Council";

test("a newcomer names themselves once, creates a council action plan and finds it again on home", async ({
  openUser,
}) => {
  const { page, home, board } = await openUser();

  await page.goto("/");
  await page.getByTestId("identity.name").fill("Priya Shah");
  await page.getByTestId("identity.save").click();
  await expect(page.getByTestId("identity.name")).toBeHidden();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("coplan.user") ?? "null"));
  expect(stored).toMatchObject({ name: "Priya Shah" });

  const boardId = await home.createPlan(title, "council-action-plan", area);
  await board.expectConnected();
  await expect(board.title).toHaveValue(title);
  await expect(page.getByTestId("matrix.column")).toHaveCount(councilActionPlan.columns.length);
  await expect(page.getByTestId("matrix.column")).toContainText(councilActionPlan.columns);
  const themes = councilActionPlan.themes.map((theme) => theme.title);
  await expect(page.getByTestId("matrix.theme")).toHaveCount(themes.length);
  await expect(page.getByTestId("matrix.theme")).toContainText(themes);
  for (const theme of councilActionPlan.themes) {
    for (const [index, action] of theme.actions.entries()) {
      const cell = await board.cell(theme.title, councilActionPlan.columns[index]!);
      await expect(cell.getByTestId("action.card").filter({ hasText: action })).toHaveCount(1);
    }
  }

  await home.goto();
  await expect(page.getByTestId("identity.name")).toBeHidden();
  const yourPlans = page.getByRole("region", { name: "Your plans on this device" });
  const recent = yourPlans.getByTestId("home.recent-item").filter({ hasText: title });
  await expect(recent).toHaveCount(1);
  await expect(recent).toContainText(area);
  await recent.click();
  await page.waitForURL(BOARD_PATH);
  expect(new URL(page.url()).pathname).toBe(`/b/${boardId}`);
  await board.expectConnected();
});
