import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "cchc.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `cchc` binary (built by `npm test`'s pretest step). */
export function cchc(args: string[], cwd = ROOT): Run {
  if (!fs.existsSync(path.join(ROOT, "dist", "src", "cli", "main.js"))) {
    throw new Error("dist/ is missing: run `npm test` (its pretest step builds the command) or `npm run build:node`");
  }
  // Bounded: a command that waits for ever (a pipe read, a lock) fails its test instead of hanging the run.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-test-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}
