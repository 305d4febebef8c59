import { councilActionPlan } from "../../shared/templates/council-action-plan";
import { expectNoAxeViolations } from "../fixtures/axe";
import { createBoard } from "../fixtures/boards";
import { ShareDialog } from "../fixtures/share-dialog";
import { expect, test } from "../fixtures/test";
import { ADA, BEN } from "../fixtures/users";

const action = councilActionPlan.themes[0]!.actions[0]!;
const untouched = councilActionPlan.themes[1]!.actions[0]!;
const newTitle = "Plymouth co-operative action plan — public draft";
const note = "Cabinet agreed the seed fund on 12 March.";

/** Anything that would let someone change the plan, by test id. */
const EDITING_CONTROLS = [
  "matrix.add-theme",
  "matrix.add-column",
  "cell.add-action",
  "action.move",
  "action.delete",
  "move.confirm",
  "share.open",
  "facilitator-link.notice",
];
/** Any enabled form control or editable region. The board's own address is read-only and allowed. */
const ENABLED_FIELDS =
  'input:not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly]), select:not([disabled]), [contenteditable="true"]';

test("a viewer link shows the plan live and read-only, with the reason on screen", async ({
  app,
  userA: facilitator,
  userB: viewer,
}) => {
  const board = await createBoard(app, "Plymouth action plan", "council-action-plan");
  await facilitator.board.goto(board.facilitatorUrl);
  const share = new ShareDialog(facilitator.page);

  const viewerUrl = await test.step("the facilitator creates a viewer link in the Share dialog", async () => {
    await share.show();
    const url = await share.createLink("viewer", "Members and public");
    await expect(share.link("Members and public")).toContainText("View only");
    await expectNoAxeViolations(facilitator.page, "the share dialog with a new link");
    await share.close();
    return url;
  });

  await test.step("the viewer opens it: view-only, with the explanation and the role", async () => {
    await viewer.board.goto(viewerUrl);
    await expect(viewer.page.getByTestId("board.role")).toHaveAttribute("data-role", "viewer");
    await expect(viewer.page.getByTestId("board.view-only")).toHaveText(
      /View only — you can watch this plan live but not change it/,
    );
    await expect(facilitator.board.presenceUsers.filter({ hasText: BEN.name })).toHaveCount(1);
    await expect(viewer.board.presenceUsers.filter({ hasText: ADA.name })).toHaveCount(1);
  });

  await test.step("the facilitator's edits reach the viewer live", async () => {
    await facilitator.board.title.fill(newTitle);
    await expect(viewer.board.title).toHaveText(newTitle);
    const panel = await facilitator.board.openAction(action);
    await panel.typeNotes(note);
    await viewer.board.card(action).getByTestId("action.card-title").click();
    await expect(viewer.board.panel.root).toBeVisible();
    await expect(viewer.board.panel.title).toHaveText(action);
    await expect(viewer.board.panel.notes).toContainText(note);
    await expect(viewer.board.panel.remoteCaret(ADA.name)).toHaveCount(1);
  });

  await test.step("every editing control is absent or disabled", async () => {
    for (const testId of EDITING_CONTROLS) {
      await expect(viewer.page.getByTestId(testId), testId).toHaveCount(0);
    }
    await expect(viewer.page.locator(ENABLED_FIELDS)).toHaveCount(0);
    await expect(viewer.page.getByRole("toolbar", { name: "Notes formatting" })).toHaveCount(0);
    await expect(viewer.page.getByRole("group", { name: "Undo your changes" })).toHaveCount(0);
    await expect(viewer.page.locator("[data-axis-menu]")).toHaveCount(0);
    await expect(viewer.page.locator('[slot="drag"], .action-card__grip')).toHaveCount(0);
    await expect(viewer.page.getByTestId("board.view-only")).toBeVisible();
  });

  await test.step("an action nobody has written notes for opens read-only too", async () => {
    await viewer.board.card(untouched).getByTestId("action.card-title").click();
    await expect(viewer.board.panel.title).toHaveText(untouched);
    await expect(viewer.board.panel.notes.locator('[contenteditable="false"]')).toHaveCount(1);
    await expect(viewer.page.locator(ENABLED_FIELDS)).toHaveCount(0);
  });

  await test.step("axe finds nothing on the viewer's board", async () => {
    await expectNoAxeViolations(viewer.page, "the viewer's board with an action open");
    await viewer.board.panel.close.click();
    await expectNoAxeViolations(viewer.page, "the viewer's board");
  });

  // Reading never got the viewer refused: its connection is still live and it still follows edits.
  await expect(viewer.board.connection).toHaveAttribute("data-state", "connected");
  await facilitator.board.title.fill(`${newTitle} (v2)`);
  await expect(viewer.board.title).toHaveText(`${newTitle} (v2)`);
});
