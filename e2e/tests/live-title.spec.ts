import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { openBoardTogether } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";

const original = councilActionPlan.themes[0]!.actions[0]!;
const renamed = "Find blended finance for new start co-operatives";

test("an action title edited in the side panel reaches the other person's card within a second", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);
  const actionId = await userA.board.actionId(original);

  const panel = await userA.board.openAction(original);
  await panel.title.fill(renamed);

  const seenByB = userB.board.cardById(actionId).getByTestId("action.card-title");
  await expect(seenByB).toHaveText(renamed, { timeout: 1_000 });
  await expect(userA.board.cardById(actionId).getByTestId("action.card-title")).toHaveText(renamed);
  await expect(userB.board.card(original)).toHaveCount(0);
});
