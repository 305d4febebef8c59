import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { openBoardTogether } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";

const [fromTheme, , toTheme] = councilActionPlan.themes;
const action = fromTheme!.actions[0]!;
const actionCount = councilActionPlan.themes.flatMap((theme) => theme.actions.filter(Boolean)).length;

test("a card moved with the keyboard alone lands once in the chosen cell for everyone", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);

  await userA.board.moveByKeyboard(action, toTheme!.title, "Inform");

  for (const user of [userA, userB]) {
    const target = await user.board.cell(toTheme!.title, "Inform");
    const source = await user.board.cell(fromTheme!.title, "Finance");
    await expect(target.getByTestId("action.card").filter({ hasText: action })).toHaveCount(1);
    await expect(source.getByTestId("action.card").filter({ hasText: action })).toHaveCount(0);
    await expect(user.board.card(action)).toHaveCount(1);
    await expect(user.board.cards).toHaveCount(actionCount);
  }
});
