import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { HistoryPanel } from "../fixtures/history-panel";
import { chooseByKeyboard, tabTo } from "../fixtures/keyboard";
import { getActionTitleText, listActions, setActionField, setText } from "../../shared/board";
import { editBoard, seedActions } from "../fixtures/seed-actions";
import { expect, test } from "../fixtures/test";
import type { AppServer } from "../fixtures/app-server";
import type { User } from "../fixtures/users";

// Forty cards in a cell run to several screens: the matrix draws only the first screen of a cell and
// the cards in view, so the last cards of these cells are not in the page until something brings them.
const LONG = 40;

/** A council board whose first cell holds LONG more cards, open for `user`, the cell's grid holding them all. */
async function openLongCell(app: AppServer, user: User) {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  const [long] = await seedActions(app, board, [{ theme: 0, column: 0, prefix: "Long action", count: LONG }]);
  await user.board.goto(board.facilitatorUrl);
  const cell = await user.board.cell(long!.themeTitle, long!.columnTitle);
  const grid = cell.getByRole("grid");
  await expect(grid).toHaveAttribute("aria-rowcount", String(LONG + 1));
  return {
    board,
    page: user.page,
    titles: long!.titles,
    cell,
    grid,
    first: cell.getByTestId("action.card").first(),
    last: user.board.card(long!.titles.at(-1)!),
  };
}

test.describe("a board with long cells, by keyboard", () => {
  test("ArrowDown walks from the first card of a long cell to its last, each card focused and in view", async ({
    app,
    userA,
  }) => {
    const { page, titles, grid, first, last } = await openLongCell(app, userA);
    await expect(last).toHaveCount(0);
    await expectNoAxeViolations(page, "a board with a long cell");

    await tabTo(page, grid);
    await expect(first).toBeFocused();
    for (let step = 0; step < LONG; step++) {
      await page.keyboard.press("ArrowDown");
      // Wait for each step, as a person would: the next press starts from the card now focused.
      await expect(userA.board.card(titles[step]!)).toBeFocused();
    }
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await expect(last).toHaveAttribute("aria-rowindex", String(LONG + 1));
    await expectNoAxeViolations(page, "a long cell scrolled to its last card");
  });

  test("End and Home in a long cell focus its last and first cards, each in view (never hidden off screen)", async ({
    app,
    userA,
  }) => {
    const { page, grid, first, last } = await openLongCell(app, userA);
    await tabTo(page, grid);
    await expect(first).toBeFocused();

    await page.keyboard.press("End");
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await page.keyboard.press("Home");
    await expect(first).toBeFocused();
    await expect(first).toBeInViewport();
  });

  test("“Move to…” on the last card of a long cell focuses it at the end of a long cell further down", async ({
    app,
    userA,
  }) => {
    const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
    const [from, to] = await seedActions(app, board, [
      { theme: 0, column: 0, prefix: "Finance action", count: LONG },
      { theme: 1, column: 1, prefix: "Support action", count: LONG },
    ]);
    await userA.board.goto(board.facilitatorUrl);
    const page = userA.page;
    const source = await userA.board.cell(from!.themeTitle, from!.columnTitle);
    const target = await userA.board.cell(to!.themeTitle, to!.columnTitle);
    await expect(target.getByRole("grid")).toHaveAttribute("aria-rowcount", String(LONG + 1));

    await tabTo(page, source.getByRole("grid"));
    await page.keyboard.press("End");
    const moving = userA.board.card(from!.titles.at(-1)!);
    await expect(moving).toBeFocused();
    await tabTo(page, moving.getByTestId("action.move"));
    await page.keyboard.press("Enter");
    const themePicker = page.getByTestId("move.theme");
    await tabTo(page, themePicker);
    await chooseByKeyboard(page, themePicker, to!.themeTitle);
    const columnPicker = page.getByTestId("move.column");
    await tabTo(page, columnPicker);
    await chooseByKeyboard(page, columnPicker, to!.columnTitle);
    const confirm = page.getByTestId("move.confirm");
    await tabTo(page, confirm);
    await page.keyboard.press("Enter");
    await expect(confirm).toBeHidden();

    // The card went to the end of a long cell in the next row, pages below: it is drawn, focused and in view.
    const moved = target.getByTestId("action.card").filter({ hasText: from!.titles.at(-1)! });
    await expect(moved).toBeFocused();
    await expect(moved).toBeInViewport();
    await expect(moved).toHaveAttribute("aria-rowindex", String(LONG + 2));
    await expect(target.getByRole("grid")).toHaveAttribute("aria-rowcount", String(LONG + 2));
    await expect(source.getByRole("grid")).toHaveAttribute("aria-rowcount", String(LONG));
    await expectNoAxeViolations(page, "a long cell after a move by keyboard");
  });

  test("“Show on the board” from a comparison focuses a card added at the end of a long cell", async ({
    app,
    userA,
  }) => {
    const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
    await seedActions(app, board, [{ theme: 0, column: 0, prefix: "Long action", count: LONG }]);
    await userA.board.goto(board.facilitatorUrl);
    const history = new HistoryPanel(userA.page);
    await history.show();
    await history.saveVersion("Before the late action");
    await userA.page.keyboard.press("Escape");
    const [late] = await seedActions(app, board, [{ theme: 0, column: 0, prefix: "Late action", count: 1 }]);
    const cell = await userA.board.cell(late!.themeTitle, late!.columnTitle);
    await expect(cell.getByRole("grid")).toHaveAttribute("aria-rowcount", String(LONG + 2));

    await history.show();
    await history.compareWithNow("Before the late action");
    await expect(history.changes).toHaveCount(1);
    await expect(history.changes.first()).toHaveAttribute("data-change", "added");
    const actionId = await history.changes.first().getAttribute("data-record-id");
    await history.changes.first().getByTestId("compare.show").press("Enter");
    const marked = history.markedCard(actionId!);
    await expect(marked).toBeFocused();
    await expect(marked).toBeInViewport();
    await expect(marked).toContainText(late!.titles[0]!);
  });

  test("a card renamed by someone else answers to its new name: row name and typeahead", async ({
    app,
    userA,
  }) => {
    const { board, page, titles, grid, first } = await openLongCell(app, userA);
    await tabTo(page, grid);
    await expect(first).toBeFocused();

    const renamed = "Zebra crossing co-op";
    const actionId = await editBoard(app, board, (doc) => {
      const action = listActions(doc).find((candidate) => candidate.title === titles[29]);
      setText(getActionTitleText(doc, action!.id)!, renamed);
      return action!.id;
    });
    // Far down the cell, so only its row's textValue can lead typeahead there.
    await expect(userA.board.cardById(actionId)).toHaveCount(0);
    // editBoard returns once the server has the rename; the row takes its new typeahead text a frame
    // after the browser has it (ActionCard). A typeahead that came too early finds nothing and leaves
    // focus where it was: type again once its buffer has reset (1 s), as a person would.
    const card = userA.board.cardById(actionId);
    await expect(async () => {
      await page.keyboard.type("Zebra");
      await expect(card).toBeFocused({ timeout: 1500 });
    }).toPass({ timeout: 15_000 });
    await expect(card).toHaveAccessibleName(renamed);
    await expect(card.getByTestId("action.card-title")).toHaveText(renamed);
    await expect(card).toBeInViewport();
  });

  test("someone else's edit to a drawn card shows at once, and its row's name and status stripe follow", async ({
    app,
    userA,
  }) => {
    const { board, titles } = await openLongCell(app, userA);
    const card = userA.board.card(titles[1]!);
    await expect(card).toHaveAttribute("data-status", "idea");
    const actionId = (await card.getAttribute("data-action-id"))!;

    // The card's content repaints first; what its row carries into the grid's collection a frame later.
    await editBoard(app, board, (doc) => {
      setText(getActionTitleText(doc, actionId)!, "Community share offer");
      setActionField(doc, actionId, "status", "blocked");
    });
    const renamed = userA.board.cardById(actionId);
    await expect(renamed.getByTestId("action.card-title")).toHaveText("Community share offer");
    await expect(renamed).toHaveAccessibleName("Community share offer");
    await expect(renamed).toHaveAttribute("data-status", "blocked");
    await expect(renamed.getByTestId("action.move")).toHaveAccessibleName("Move to… (Community share offer)");
    await expectNoAxeViolations(userA.page, "a long cell after a remote edit");
  });
});
