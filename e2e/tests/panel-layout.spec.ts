import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { createBoard } from "../fixtures/boards";
import { expect, test } from "../fixtures/test";

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
]) {
  test(`at ${viewport.width}px the open action panel leaves all three columns in view`, async ({
    app,
    userA,
  }) => {
    const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
    await userA.page.setViewportSize(viewport);
    await userA.board.goto(board.facilitatorUrl);
    await userA.board.openAction(councilActionPlan.themes[0]!.actions[0]!);

    const panel = await userA.board.panel.root.boundingBox();
    for (const title of councilActionPlan.columns) {
      const column = await userA.board.column(title).boundingBox();
      expect(column, title).not.toBeNull();
      expect(column!.x + column!.width, `${title} ends before the panel`).toBeLessThanOrEqual(panel!.x);
    }
    const scroll = userA.page.locator(".matrix-scroll");
    expect(await scroll.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  });
}
