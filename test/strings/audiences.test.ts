/**
 * The strings are split by audience so that each bundle carries only its own words: nothing the
 * task pane loads reaches the command line's strings, and the command line never loads the pane's.
 * Follows the relative imports (static and dynamic) from each entry point.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "src");

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(SRC, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const base = path.resolve(path.dirname(file), m[1]);
      const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
      if (found && /\.tsx?$/.test(found)) queue.push(found);
    }
  }
  return seen;
}

const rel = (files: Set<string>) => [...files].map((f) => path.relative(SRC, f));

describe("strings by audience", () => {
  it("the task pane (and its lazy chunks) never reaches the command line's strings, and does reach its own", () => {
    const pane = rel(reachable("taskpane/index.tsx"));
    expect(pane).toContain(path.join("strings", "vi-pane.ts"));
    expect(pane).toContain(path.join("strings", "vi.ts"));
    expect(pane.filter((f) => f.startsWith(`cli${path.sep}`) || f === path.join("strings", "vi-cli.ts"))).toEqual([]);
  });

  it("the command line (and its worker threads) never reaches the pane's strings, and does reach its own", () => {
    const cli = new Set([...reachable("cli/main.ts"), ...reachable("cli/aggregate/worker.ts")]);
    const files = rel(cli);
    expect(files).toContain(path.join("strings", "vi-cli.ts"));
    expect(files.filter((f) => f === path.join("strings", "vi-pane.ts") || f.startsWith(`taskpane${path.sep}`))).toEqual([]);
  });
});
