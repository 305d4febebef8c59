// Take docs/screenshot.png from the real app: a council action plan with two people present (the
// facilitator and a partner with an editing link), some actions under way, and one action's panel open
// while the other person types in its notes. British English dates, as a council officer would see them.
// Run with `npx tsx scripts/screenshot.ts` after `npm run build`.
import { chromium, expect } from "@playwright/test";
import { councilActionPlan } from "../shared/templates/council-action-plan";
import { startAppServer } from "../e2e/fixtures/app-server";
import { createBoard } from "../e2e/fixtures/boards";
import { findChromium } from "../e2e/fixtures/chromium-path";
import { ADA, BEN, openUser, type User } from "../e2e/fixtures/users";

const OUTPUT = new URL("../docs/screenshot.png", import.meta.url);
const CONTEXT = { viewport: { width: 1440, height: 900 }, locale: "en-GB" };
const [formation, pathways] = councilActionPlan.themes;
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
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
  args: CHROMIUM_ARGS,
});
try {
  const board = await createBoard(
    app,
    "Plymouth co-operative development action plan",
    "council-action-plan",
  );
  const [writer, partner] = await Promise.all(
    [ADA, BEN].map((identity) => openUser(browser, app.url, identity, CONTEXT)),
  );
  await writer!.board.goto(board.facilitatorUrl);
  await partner!.board.goto(await board.linkUrl("editor", "Plymouth Chamber of Commerce"));

  await writer!.page.getByLabel("Council or area").fill("Plymouth City Council");
  await writer!.page.getByLabel("From", { exact: true }).fill("April 2026");
  await writer!.page.getByLabel("To", { exact: true }).fill("March 2029");
  for (const item of progress) await record(writer!, item);

  const featured = pathways!.actions[1]!;
  const panel = await partner!.board.openAction(featured);
  await panel.setStatus("In progress");
  await panel.owner.fill("Economic Development");
  await panel.due.fill(inDays(90));
  await panel.addPartner("Plymouth Chamber of Commerce");
  await panel.milestone.fill("Cabinet paper, March");
  await panel.typeNotes("Draft the succession strategy with Co-operatives UK. ");
  const writerPanel = await writer!.board.openAction(featured);
  const lastWords = "Ask the Chamber which owners are near retirement.";
  await writerPanel.typeNotes(lastWords);
  // Ada's caret (its label is part of the text) has reached the end of what she typed.
  await expect(panel.notesEditor).toHaveText(new RegExp(`${lastWords.replace(".", "\\.")}${ADA.name}$`));
  // Blur the partner's editor so only Ada's caret shows, as a partner would see it.
  await partner!.page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await partner!.page.screenshot({ path: OUTPUT.pathname });
  console.log(`Wrote ${OUTPUT.pathname}`);
} finally {
  await browser.close();
  await app.dispose();
}
