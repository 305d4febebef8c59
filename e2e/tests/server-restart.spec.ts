import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { openBoardTogether } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";
import { CLEO } from "../fixtures/users";

const [firstTheme, secondTheme, thirdTheme] = councilActionPlan.themes;
const renamedAction = {
  from: firstTheme!.actions[1]!,
  to: "Set up a joint council and co-operatives steering group",
};
const movedAction = secondTheme!.actions[2]!;
const notedAction = thirdTheme!.actions[0]!;
const boardTitle = "Plymouth co-operative development action plan 2026";
const note = "Seed fund: ask the CDFI for match funding.";
const titleAfterRestart = "Seed fund for tech start-up co-ops";

// It stops and starts the server: a server of its own, not the one the worker's other tests share.
test.use({ privateServer: true });

test("a restarted server serves the board as it was, and open pages reconnect by themselves", async ({
  app,
  userA,
  userB,
  openUser,
}) => {
  const board = await openBoardTogether(app, userA, userB);

  await userA.board.title.fill(boardTitle);
  const panel = await userA.board.openAction(renamedAction.from);
  await panel.title.fill(renamedAction.to);
  await panel.close.click();
  await userA.board.moveByKeyboard(movedAction, firstTheme!.title, "Support");
  await (await userA.board.openAction(notedAction)).typeNotes(note);

  // The server relays only what it has stored, so once B sees every edit they are all on disk.
  await expect(userB.board.title).toHaveValue(boardTitle);
  await expect(userB.board.card(renamedAction.to)).toHaveCount(1);
  const movedForB = await userB.board.cell(firstTheme!.title, "Support");
  await expect(movedForB.getByTestId("action.card").filter({ hasText: movedAction })).toHaveCount(1);
  await expect((await userB.board.openAction(notedAction)).notesEditor).toContainText(note);

  await app.stop();
  await expect(userA.board.connection).not.toHaveAttribute("data-state", "connected");
  await app.start();
  await expect(userA.board.connection).toHaveAttribute("data-state", "connected");

  const fresh = await openUser(CLEO);
  await fresh.board.goto(await board.linkUrl("editor"));
  await expect(fresh.board.title).toHaveValue(boardTitle);
  await expect(fresh.board.card(renamedAction.to)).toHaveCount(1);
  await expect(fresh.board.card(renamedAction.from)).toHaveCount(0);
  const movedTo = await fresh.board.cell(firstTheme!.title, "Support");
  await expect(movedTo.getByTestId("action.card").filter({ hasText: movedAction })).toHaveCount(1);
  await expect(fresh.board.card(movedAction)).toHaveCount(1);
  await expect((await fresh.board.openAction(notedAction)).notesEditor).toContainText(note);

  // The page that stayed open through the restart still edits live.
  await userA.board.panel.title.fill(titleAfterRestart);
  await expect(fresh.board.card(titleAfterRestart)).toHaveCount(1);

  await userB.page.reload();
  await userB.board.expectConnected();
  await expect(userB.board.card(titleAfterRestart)).toHaveCount(1);
  await expect(userB.board.title).toHaveValue(boardTitle);
});
