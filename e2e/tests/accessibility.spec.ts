import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";
import { BEN } from "../fixtures/users";

const action = councilActionPlan.themes[0]!.actions[1]!;

test("home, board, action panel and move dialog have no WCAG 2.2 AA violations", async ({
  app,
  userA,
  userB,
}) => {
  await test.step("home", async () => {
    await userA.home.goto();
    await expectNoAxeViolations(userA.page, "the home page");
  });
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userB.board.goto(await board.linkUrl("editor"));
  await test.step("board, with a second person present", async () => {
    await userA.board.goto(board.facilitatorUrl);
    await expect(userA.board.presenceUsers.filter({ hasText: BEN.name })).toHaveCount(1);
    await expectNoAxeViolations(userA.page, "the board");
  });
  await test.step("action panel, with the other person's caret in the notes", async () => {
    const panel = await userA.board.openAction(action);
    await (await userB.board.openAction(action)).typeNotes("Agree the terms of reference.");
    await expect(panel.remoteCaret(BEN.name)).toHaveCount(1);
    await expectNoAxeViolations(userA.page, "the open action panel");
    await userA.board.panel.close.click();
    await expect(userA.board.panel.root).toBeHidden();
  });
  await test.step("move dialog", async () => {
    await userA.board.card(action).getByTestId("action.move").click();
    await expect(userA.page.getByTestId("move.confirm")).toBeVisible();
    await expectNoAxeViolations(userA.page, "the move dialog");
  });
});

test("the identity dialog has no WCAG 2.2 AA violations", async ({ openUser }) => {
  const newcomer = await openUser();
  await newcomer.page.goto("/");
  await expect(newcomer.page.getByTestId("identity.name")).toBeVisible();
  await expectNoAxeViolations(newcomer.page, "the identity dialog");
});

test("keyboard focus is always visible and the connection status is a live region", async ({
  app,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await userA.board.goto(board.facilitatorUrl);

  const status = userA.board.connection;
  const live = await status.evaluate((element) => ({
    role: element.getAttribute("role"),
    ariaLive: element.getAttribute("aria-live"),
  }));
  expect(
    ["status", "alert"].includes(live.role ?? "") || ["polite", "assertive"].includes(live.ariaLive ?? ""),
  ).toBe(true);
  await expect(status).not.toBeEmpty();

  // Tab through the first stops of the board (chrome, matrix headers, cards): each must show where focus is.
  const unmarked: string[] = [];
  for (let stop = 0; stop < 25; stop += 1) {
    await userA.page.keyboard.press("Tab");
    const focus = await userA.page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const shadowed = style.boxShadow !== "none";
      return { visible: outlined || shadowed, description: element.outerHTML.slice(0, 160) };
    });
    if (focus && !focus.visible) unmarked.push(focus.description);
  }
  expect(unmarked, `focus is invisible on:\n${unmarked.join("\n")}`).toEqual([]);
});
