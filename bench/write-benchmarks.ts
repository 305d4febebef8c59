import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO_ROOT } from "./servers/launch";

const BEGIN = "<!-- bench:begin (written by npm run bench; edit outside these markers) -->";
const END = "<!-- bench:end -->";

/** Replace the generated part of BENCHMARKS.md (between the markers), keeping the prose around it. */
export async function writeBenchmarks(summary: string[], table: string): Promise<void> {
  const file = join(REPO_ROOT, "BENCHMARKS.md");
  const current = await readFile(file, "utf8").catch(() => `# Benchmarks\n\n${BEGIN}\n${END}\n`);
  const generated = `${BEGIN}\n\n${summary.map((line) => `- ${line}`).join("\n")}\n\n${table}\n\n${END}`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + generated + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n${generated}\n`;
  await writeFile(file, next);
}
