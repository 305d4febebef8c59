import { BOARD_PATH } from "../fixtures/home-page";
import { expect, test } from "../fixtures/test";
import { ADA } from "../fixtures/users";

const title = "Preston co-operative action plan";

test("the plan's creator sees the facilitator link once and gets back in with it after the cookie is gone", async ({
  openUser,
}) => {
  const { page, home, board, context } = await openUser(ADA);
  await home.goto();
  const boardId = await home.createPlan(title, "council-action-plan");
  await board.expectConnected();
  await expect(page.getByTestId("board.role")).toHaveAttribute("data-role", "facilitator");

  const notice = page.getByTestId("facilitator-link.notice");
  await expect(notice).toContainText("Your facilitator link — keep it safe, it lets anyone manage this plan");
  await expect(page.getByTestId("facilitator-link.url")).toHaveValue(
    new RegExp(`/b/${boardId}#token=cpl_[A-Za-z0-9_-]{43}$`),
  );
  expect(new URL(page.url()).hash).toBe("");
  await page.getByTestId("facilitator-link.dismiss").click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await board.expectConnected();
  await expect(notice).toHaveCount(0);

  // Thirty days on, the session cookie has expired: "Your plans on this device" still opens it as facilitator.
  await context.clearCookies();
  await home.goto();
  const recent = page.getByTestId("home.recent-item").filter({ hasText: title });
  await expect(recent).toContainText("You facilitate this plan");
  await recent.click();
  await page.waitForURL(BOARD_PATH);
  await board.expectConnected();
  await expect(page.getByTestId("board.role")).toHaveAttribute("data-role", "facilitator");
  await expect(page.getByTestId("share.open")).toBeVisible();
});
