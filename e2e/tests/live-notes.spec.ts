import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { openBoardTogether } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";
import { ADA, BEN } from "../fixtures/users";

const action = councilActionPlan.themes[1]!.actions[1]!;
const note = "Credit union will fund two studies.";

test("notes typed by one person appear for the other, with the writer's named caret", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);
  await expect(userA.board.presenceUsers.filter({ hasText: BEN.name })).toHaveCount(1);
  await expect(userB.board.presenceUsers.filter({ hasText: ADA.name })).toHaveCount(1);

  const panelA = await userA.board.openAction(action);
  const panelB = await userB.board.openAction(action);
  await panelA.typeNotes(note);

  await expect(panelB.notesEditor).toContainText(note);
  const caret = panelB.remoteCaret(ADA.name);
  await expect(caret).toHaveCount(1);
  await expect(caret.locator(".collaboration-carets__label")).toHaveText(ADA.name);
  await expect(panelA.remoteCaret(ADA.name)).toHaveCount(0);
});
