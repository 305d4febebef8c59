// Take docs/screenshot.png from the real app: a council action plan with three people present and an
// action's panel open while another person types its notes. Run with `npx tsx scripts/screenshot.ts`
// after `npm run build`.
import { chromium } from "@playwright/test";
import { councilActionPlan } from "../shared/templates/council-action-plan";
import { startAppServer } from "../e2e/fixtures/app-server";
import { createBoard } from "../e2e/fixtures/boards";
import { findChromium } from "../e2e/fixtures/chromium-path";
import { ADA, BEN, CLEO, openUser } from "../e2e/fixtures/users";

const OUTPUT = new URL("../docs/screenshot.png", import.meta.url);
const VIEWPORT = { width: 1440, height: 900 };

const app = await startAppServer();
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const board = await createBoard(
    app,
    "Plymouth co-operative development action plan",
    "council-action-plan",
  );
  const [viewer, writer, watcher] = await Promise.all(
    [BEN, ADA, CLEO].map((identity) => openUser(browser, app.url, identity)),
  );
  for (const user of [viewer!, writer!, watcher!]) {
    await user.page.setViewportSize(VIEWPORT);
    await user.board.goto(board.id);
  }

  const action = councilActionPlan.themes[1]!.actions[1]!;
  const panel = await viewer!.board.openAction(action);
  await panel.owner.fill("Economic Development team");
  await panel.typeNotes("Draft the succession strategy with Co-operatives UK. ");
  const writerPanel = await writer!.board.openAction(action);
  await writerPanel.typeNotes("Ask the Chamber of Commerce which owners are near retirement.");
  await panel.remoteCaret(ADA.name).waitFor();
  await watcher!.board.openAction(councilActionPlan.themes[0]!.actions[2]!);
  // Leave the viewer's editor so only Ada's caret shows, as a partner would see it.
  await viewer!.board.title.focus();
  await viewer!.page.screenshot({ path: OUTPUT.pathname });
  console.log(`Wrote ${OUTPUT.pathname}`);
} finally {
  await browser.close();
  await app.dispose();
}
