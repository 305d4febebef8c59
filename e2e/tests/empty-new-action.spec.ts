import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { openBoardTogether } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";
import type { User } from "../fixtures/users";

const theme = councilActionPlan.themes[1]!.title;
const column = councilActionPlan.columns[2]!;

async function addAction(user: User) {
  const cell = await user.board.cell(theme, column);
  await cell.getByTestId("cell.add-action").click();
  await expect(user.board.panel.title).toBeFocused();
  const id = await cell.getByTestId("action.card").last().getAttribute("data-action-id");
  if (!id) throw new Error("The new card has no data-action-id");
  return { cell, id };
}

test("closing the panel of an action you just added and left empty removes it, and Undo brings it back", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);
  const cellB = await userB.board.cell(theme, column);
  const before = await cellB.getByTestId("action.card").count();

  const { cell, id } = await addAction(userA);
  await expect(userB.board.cardById(id)).toHaveCount(1);
  await userA.board.panel.close.click();
  await expect(userA.board.panel.root).toBeHidden();
  await expect(userA.board.cardById(id)).toHaveCount(0);
  await expect(userB.board.cardById(id)).toHaveCount(0);
  await expect(cellB.getByTestId("action.card")).toHaveCount(before);
  await expect(cell.getByTestId("cell.add-action")).toBeFocused();

  await userA.page.getByRole("button", { name: "Undo" }).click();
  await expect(userB.board.cardById(id)).toHaveCount(1);

  const second = await addAction(userA);
  await userA.page.keyboard.press("Escape");
  await expect(userA.board.panel.root).toBeHidden();
  await expect(userB.board.cardById(second.id)).toHaveCount(0);
});

test("an added action is kept once it has content, or when someone else closes it", async ({
  app,
  userA,
  userB,
}) => {
  await openBoardTogether(app, userA, userB);

  const titled = await addAction(userA);
  await userA.board.panel.title.fill("Map community lenders");
  await userA.board.panel.close.click();
  await expect(userB.board.cardById(titled.id)).toHaveCount(1);

  const ownedByOther = await addAction(userA);
  await userB.board.cardById(ownedByOther.id).getByTestId("action.card-title").click();
  await userB.board.panel.owner.fill("Finance team");
  await userA.board.panel.close.click();
  await expect(userA.board.cardById(ownedByOther.id)).toHaveCount(1);

  const addedByA = await addAction(userA);
  await userB.board.cardById(addedByA.id).getByTestId("action.card-title").click();
  await expect(userB.board.panel.root).toBeVisible();
  await userB.board.panel.close.click();
  await expect(userB.board.panel.root).toBeHidden();
  await expect(userB.board.cardById(addedByA.id)).toHaveCount(1);
  await expect(userA.board.cardById(addedByA.id)).toHaveCount(1);
});
