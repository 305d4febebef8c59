import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const readMark = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
};

describe("watchParent", () => {
  it("notices when the parent process exits and the child is orphaned (npm start does not forward SIGTERM)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "coplan-watch-parent-"));
    dirs.push(dir);
    const mark = join(dir, "mark");
    const module = JSON.stringify(new URL("./watch-parent.ts", import.meta.url).href);
    const script = `
      const { writeFileSync } = await import("node:fs");
      const { watchParent } = await import(${module});
      watchParent(() => { writeFileSync(process.env.MARK, "orphaned"); process.exit(0); }, 50);
      writeFileSync(process.env.MARK, "watching");
      setInterval(() => {}, 1000);
    `;
    // A shell stands in for npm: it starts the watching child, then dies without passing anything on.
    const shell = spawn("sh", ["-c", `node --import tsx --input-type=module -e '${script}' & wait`], {
      env: { ...process.env, MARK: mark },
      stdio: "ignore",
    });
    await vi.waitFor(() => expect(readMark(mark)).toBe("watching"), { timeout: 10_000 });
    shell.kill("SIGKILL");
    await once(shell, "exit");
    await vi.waitFor(() => expect(readMark(mark)).toBe("orphaned"), { timeout: 10_000 });
  });
});
