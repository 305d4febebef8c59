import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./servers/launch";

const PACKAGES = [
  "yjs",
  "y-protocols",
  "ws",
  "better-sqlite3",
  "@hocuspocus/server",
  "@y/websocket-server",
  "y-leveldb",
];

function packageVersion(name: string): string {
  try {
    const file = join(REPO_ROOT, "node_modules", name, "package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "missing";
  }
}

/** The commit measured, and whether the working tree differed from it; "unknown" outside a git checkout. */
export function commitDescription(): string {
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: REPO_ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  try {
    // BENCHMARKS.md is what the run writes: its prose being edited meanwhile does not change what ran.
    const dirty =
      git("status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)BENCHMARKS.md") !== "";
    return `Commit ${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes" : " (clean)"}`;
  } catch {
    return "Commit unknown (not a git checkout)";
  }
}

export function machineDescription(): string[] {
  const cpu = cpus();
  return [
    `CPU: ${cpu[0]?.model ?? "unknown"}, ${cpu.length} cores; RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node ${process.version} on ${type()} ${release()}`,
    `Packages: ${PACKAGES.map((name) => `${name} ${packageVersion(name)}`).join(", ")}`,
  ];
}

export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
}
