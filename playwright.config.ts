import { availableParallelism } from "node:os";
import { defineConfig } from "@playwright/test";
import { findChromium } from "./e2e/fixtures/chromium-path";

const onCi = Boolean(process.env.CI);

// Every worker runs a server its tests share (e2e/fixtures/test.ts) and each test two browser contexts:
// one worker per two cores keeps the 1-second live-sync assertions honest on a small CI machine.
const workers = Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));

export default defineConfig({
  testDir: "e2e/tests",
  forbidOnly: onCi,
  retries: onCi ? 1 : 0,
  workers,
  fullyParallel: true,
  reporter: onCi ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    browserName: "chromium",
    headless: true,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
