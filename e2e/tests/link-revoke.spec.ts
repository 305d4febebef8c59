import { createBoard } from "../fixtures/boards";
import { ShareDialog } from "../fixtures/share-dialog";
import { expect, test } from "../fixtures/test";

test("revoking a link closes the session opened with it within seconds", async ({
  app,
  userA: facilitator,
  userB: partner,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await facilitator.board.goto(board.facilitatorUrl);
  const share = new ShareDialog(facilitator.page);
  const url = await share.createLinkByKeyboard("editor", "Partners, workshop 2");
  await partner.board.goto(url);
  await expect(partner.page.getByTestId("board.role")).toHaveAttribute("data-role", "editor");

  await share.revoke("Partners, workshop 2");

  const withdrawn = partner.page.getByTestId("access.denied");
  await expect(withdrawn).toHaveAttribute("data-reason", "withdrawn", { timeout: 5_000 });
  await expect(withdrawn.getByRole("heading")).toHaveText(
    "Your link to this plan was withdrawn by the facilitator",
  );

  // Neither the session cookie nor the link itself opens the plan again.
  await partner.page.reload();
  await expect(
    partner.page.getByRole("heading", { name: "You need a link to open this plan" }),
  ).toBeVisible();
  await partner.page.goto(url);
  await expect(partner.page.getByTestId("access.denied")).toHaveAttribute("data-reason", "link-refused");
  await expect(partner.board.matrix).toHaveCount(0);

  // The facilitator is unaffected.
  await expect(facilitator.board.connection).toHaveAttribute("data-state", "connected");
});

test("a plan opened without a link asks for one and loads nothing", async ({ app, userB: stranger }) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await stranger.page.goto(`/b/${board.id}`);
  const denied = stranger.page.getByTestId("access.denied");
  await expect(denied).toHaveAttribute("data-reason", "no-link");
  await expect(denied.getByRole("heading")).toHaveText("You need a link to open this plan");
  await expect(stranger.board.matrix).toHaveCount(0);
});
