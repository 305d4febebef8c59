import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as Y from "yjs";
import { createAction, getActionTitleText, listAxis, readBoard, setText } from "../../shared/board";
import { findChromium } from "../../e2e/fixtures/chromium-path";
import { BenchClient } from "../generator/client";
import { recordingDoc } from "../generator/updates";
import { atMost } from "../results";
import { REPO_ROOT } from "../servers/launch";
import { postWithRetry } from "../servers/targets";
import { median } from "../stats";
import type { MeasureContext } from "./context";
import { boardShown, recordArrivals, settled, watchFor } from "./browser-page";

const ACTIONS = 1000;
/** Remote changes sent right after the board shows, while the page finishes loading. */
const CHANGES_WHILE_LOADING = 5;
/** Remote changes sent once the page has settled, as in a workshop: the target is scored on these. */
const CHANGES_SETTLED = 11;
const SETTLE_TIMEOUT_MS = 15_000;
const CARD = '[data-testid="action.card"]';
const FRAME_MS = 1000 / 60;
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
];

/** Gzipped bytes of the built client: what index.html loads, and every script and stylesheet. */
function bundleSizes(): { initial: number; total: number } {
  const dist = join(REPO_ROOT, "client", "dist");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file))).byteLength;
  const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] as string,
  );
  const assets = readdirSync(join(dist, "assets")).filter((file) => /\.(js|css)$/.test(file));
  return {
    initial: referenced.reduce((sum, file) => sum + gzipped(file), 0),
    total: assets.reduce((sum, file) => sum + gzipped(join("assets", file)), 0),
  };
}

/** A council board with 1,000 actions spread over its cells, written by one client. */
export async function boardWithActions(port: number) {
  const response = await postWithRetry(`http://127.0.0.1:${port}/api/boards`, {
    title: "Bench board, 1,000 actions",
    template: "council-action-plan",
  });
  const created = (await response.json()) as { id: string; facilitatorToken: string; facilitatorUrl: string };
  const board = {
    url: `ws://127.0.0.1:${port}/sync/${created.id}?token=${created.facilitatorToken}`,
    name: created.id,
  };
  const client = await BenchClient.connect(board, "y-websocket");
  await client.synced();
  const { doc } = recordingDoc(4_000_000);
  if (client.state) Y.applyUpdate(doc, client.state);
  const columns = listAxis(doc, "column");
  const themes = listAxis(doc, "theme");
  const before = Y.encodeStateVector(doc);
  const ids = doc.transact(() =>
    Array.from({ length: ACTIONS }, (_, index) =>
      createAction(doc, {
        title: `Action ${index + 1}`,
        columnId: columns[index % columns.length]?.id ?? "",
        themeId: themes[Math.floor(index / columns.length) % themes.length]?.id ?? "",
        owner: "Plymouth City Council",
      }),
    ),
  );
  client.sendUpdate(Y.encodeStateAsUpdate(doc, before));
  client.resync(Y.encodeStateVector(doc));
  await client.synced();
  return { created, client, doc, ids };
}

/** Render time and remote-change paint, in Chromium; n/a with the reason when there is none. */
async function inChromium(context: MeasureContext, measure: string): Promise<void> {
  const { sink } = context;
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch {
    for (const metric of [
      "render 1,000 actions: first view, read-only",
      "render 1,000 actions: live board, editable",
      "remote change: arrival → next frame",
    ]) {
      sink.unavailable(measure, metric, "ms", "no Chromium on this machine (/usr/bin/chromium)");
    }
    return;
  }
  const server = await context.fresh();
  const { created, client, doc, ids } = await boardWithActions(server.port);
  const browserInstance = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  try {
    const page = await browserInstance.newPage({ viewport: { width: 1440, height: 900 }, locale: "en-GB" });
    await page.addInitScript(() =>
      localStorage.setItem("coplan.user", JSON.stringify({ name: "Bench", color: "#1d70b8" })),
    );
    await page.addInitScript(recordArrivals);
    // Watched from the navigation's commit: goto's default waits for the load event, which on this page
    // comes after the first view is drawn, and the board's time would then be read late.
    await page.goto(`http://127.0.0.1:${server.port}${created.facilitatorUrl}`, { waitUntil: "commit" });
    // The matrix virtualises each cell's cards: "rendered" is every action in its grid and the cards on
    // screen painted (boardShown says why), not 1,000 card elements in the DOM. First the board as the
    // page first draws it (the read-only first view, every card), then the live, editable board.
    const board = readBoard(doc);
    const total = board.actionCount - board.unplaced.length;
    const shownAt = async (live: boolean) => {
      // Polled in requestAnimationFrame, as boardShown's reading of the time needs.
      const shown = await page.waitForFunction<[number, string] | false, [number, string, boolean]>(
        boardShown,
        [total, CARD, live],
        { polling: "raf", timeout: 60_000 },
      );
      return (await shown.jsonValue()) as [number, string];
    };
    const [firstMs, firstWhat] = await shownAt(false);
    // With no first view the live board was what showed first; its first check may have run outside a
    // frame (Playwright checks once at once), so that time is not read a second time.
    const [liveMs] = firstWhat === "live board" ? [firstMs] : await shownAt(true);
    const inDom = await page.locator(CARD).count();
    context.log(
      `browser: ${total} actions shown ${firstMs.toFixed(0)} ms after navigation (the ${firstWhat}), the live board ${liveMs.toFixed(0)} ms (${inDom} cards in its DOM)`,
    );
    if (firstWhat === "first view") {
      sink.add({
        measure,
        metric: "render 1,000 actions: first view, read-only",
        unit: "ms",
        lowerIsBetter: true,
        value: firstMs,
        goal: atMost(500, "ms"),
      });
    } else {
      sink.unavailable(
        measure,
        "render 1,000 actions: first view, read-only",
        "ms",
        "the page drew no first view",
      );
    }
    sink.add({
      measure,
      metric: "render 1,000 actions: live board, editable",
      unit: "ms",
      lowerIsBetter: true,
      value: liveMs,
      goal: atMost(500, "ms"),
    });

    // One title edit from another client at a time, each waited for: arrival of its message → the DOM
    // showing it, and → the frame after that (the change painted).
    let sent = 0;
    const remoteChanges = async (count: number) => {
      const toDom: number[] = [];
      const toFrame: number[] = [];
      for (let change = 0; change < count; change++, sent++) {
        const marker = `Remote change ${sent + 1}`;
        const watching = page.evaluate(watchFor, marker);
        // Evaluations run in order: once this one returns, the watcher above is installed.
        await page.evaluate(() => true);
        const title = getActionTitleText(doc, ids[sent % ids.length] as string);
        if (!title) throw new Error("no title to change");
        const before = Y.encodeStateVector(doc);
        setText(title, marker);
        client.sendUpdate(Y.encodeStateAsUpdate(doc, before));
        const [changed, frame, arrival] = await watching;
        toDom.push(changed - arrival);
        toFrame.push(frame - arrival);
      }
      return { toDom, toFrame };
    };
    const list = (values: number[]) => values.map((ms) => ms.toFixed(1)).join(", ");

    const loading = await remoteChanges(CHANGES_WHILE_LOADING);
    context.log(`browser, while loading: arrival → next frame ${list(loading.toFrame)} ms`);
    sink.add({
      measure,
      metric: "remote change while the page loads: arrival → next frame",
      unit: "ms",
      lowerIsBetter: true,
      value: median(loading.toFrame),
    });

    const quiet = await page.evaluate(settled, SETTLE_TIMEOUT_MS);
    if (!quiet)
      context.log(`browser: the page did not settle within ${SETTLE_TIMEOUT_MS} ms; measuring anyway`);
    const steady = await remoteChanges(CHANGES_SETTLED);
    context.log(
      `browser, settled: arrival → DOM ${list(steady.toDom)} ms; → next frame ${list(steady.toFrame)} ms`,
    );
    sink.add({
      measure,
      metric: "remote change: arrival → DOM",
      unit: "ms",
      lowerIsBetter: true,
      value: median(steady.toDom),
    });
    sink.add({
      measure,
      metric: "remote change: arrival → next frame",
      unit: "ms",
      lowerIsBetter: true,
      value: median(steady.toFrame),
      goal: atMost(Number(FRAME_MS.toFixed(1)), "ms (one frame)"),
    });
  } finally {
    await browserInstance.close();
    client.close();
  }
}

/** Measure 8 (Coplan only: the peers are servers without a client): bundle size, render, remote change. */
export async function browser(context: MeasureContext): Promise<void> {
  const { sink, target } = context;
  const measure = "8 Browser";
  if (target.name !== "Coplan") {
    for (const metric of [
      "render 1,000 actions: first view, read-only",
      "render 1,000 actions: live board, editable",
      "remote change: arrival → next frame",
      "client bundle (gzip, initial)",
    ]) {
      sink.unavailable(measure, metric, "ms", "a sync server only: no web client");
    }
    return;
  }
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], { cwd: REPO_ROOT, stdio: "ignore" });
  const sizes = bundleSizes();
  const bundle = (metric: string, bytes: number) =>
    sink.add({ measure, metric, unit: "KB", lowerIsBetter: true, value: bytes / 1000 });
  bundle("client bundle (gzip, initial)", sizes.initial);
  bundle("client bundle (gzip, all chunks)", sizes.total);
  await inChromium(context, measure);
}
