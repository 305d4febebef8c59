// Take docs/screenshot.png from the real app: a council action plan with three people present, some
// actions under way, and one action's panel open while another person types in its notes.
// Run with `npx tsx scripts/screenshot.ts` after `npm run build`.
import { chromium } from "@playwright/test";
import { councilActionPlan } from "../shared/templates/council-action-plan";
import { startAppServer } from "../e2e/fixtures/app-server";
import { createBoard } from "../e2e/fixtures/boards";
import { findChromium } from "../e2e/fixtures/chromium-path";
import { ADA, BEN, CLEO, openUser, type User } from "../e2e/fixtures/users";

const OUTPUT = new URL("../docs/screenshot.png", import.meta.url);
const VIEWPORT = { width: 1760, height: 1000 };
const [formation, pathways] = councilActionPlan.themes;
const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

interface Progress {
  action: string;
  status: string;
  owner: string;
  due?: string;
  partner?: string;
}

const progress: Progress[] = [
  {
    action: formation!.actions[0]!,
    status: "In progress",
    owner: "Finance team",
    due: inDays(45),
    partner: "Co-operatives UK",
  },
  {
    action: formation!.actions[1]!,
    status: "Planned",
    owner: "Cabinet member",
    partner: "Plymouth Co-op Network",
  },
  { action: formation!.actions[2]!, status: "Done", owner: "Comms team" },
  { action: pathways!.actions[0]!, status: "Planned", owner: "Economic Development", due: inDays(120) },
];

async function record(user: User, item: Progress): Promise<void> {
  const panel = await user.board.openAction(item.action);
  await panel.setStatus(item.status);
  await panel.owner.fill(item.owner);
  if (item.due) await panel.due.fill(item.due);
  if (item.partner) await panel.addPartner(item.partner);
  await panel.close.click();
}

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

  await writer!.page.getByLabel("Council or area").fill("Plymouth City Council");
  await writer!.page.getByLabel("From", { exact: true }).fill("Apr 2026");
  await writer!.page.getByLabel("To", { exact: true }).fill("Mar 2029");
  for (const item of progress) await record(writer!, item);

  const featured = pathways!.actions[1]!;
  const panel = await viewer!.board.openAction(featured);
  await panel.setStatus("In progress");
  await panel.owner.fill("Economic Development");
  await panel.addPartner("Plymouth Chamber of Commerce");
  await panel.milestone.fill("Cabinet paper, March");
  await panel.typeNotes("Draft the succession strategy with Co-operatives UK. ");
  const writerPanel = await writer!.board.openAction(featured);
  await writerPanel.typeNotes("Ask the Chamber which owners are near retirement.");
  await panel.remoteCaret(ADA.name).waitFor();
  await watcher!.board.openAction(formation!.actions[0]!);
  // Blur the viewer's editor so only Ada's caret shows, as a partner would see it.
  await viewer!.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await viewer!.page.screenshot({ path: OUTPUT.pathname });
  console.log(`Wrote ${OUTPUT.pathname}`);
} finally {
  await browser.close();
  await app.dispose();
}
