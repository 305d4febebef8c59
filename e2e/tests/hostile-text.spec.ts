import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { createBoard } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";

const action = councilActionPlan.themes[0]!.actions[0]!;
// Markup in a name or a title must reach other people as text: never parsed, never run.
const HOSTILE = `<img src=x onerror="window.__pwned=1"><b>Mallory</b>`;

test("a hostile display name and action title are shown to others as plain text, never run", async ({
  app,
  openUser,
  userA,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const mallory = await openUser({ name: HOSTILE, color: "#b91c1c" });
  await userA.board.goto(board.facilitatorUrl);
  await mallory.board.goto(await board.linkUrl("editor"));

  const panel = await mallory.board.openAction(action);
  await panel.title.fill(HOSTILE);
  await panel.typeNotes("Hello");

  await expect(userA.board.presenceUsers.filter({ hasText: HOSTILE })).toHaveCount(1);
  await expect(userA.board.card(HOSTILE)).toHaveCount(1);
  const panelA = await userA.board.openAction(HOSTILE);
  await expect(panelA.remoteCaret(HOSTILE).locator(".collaboration-carets__label")).toHaveText(HOSTILE);
  expect(await userA.page.locator("img[src='x'], b:text('Mallory')").count()).toBe(0);
  expect(await userA.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
