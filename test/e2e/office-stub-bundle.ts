/** The Office stub (./office-stub.ts) bundled for a browser page, once per run. */
import * as path from "path";
import { buildSync } from "esbuild";

let bundled: string | null = null;

export function officeStubScript(): string {
  if (bundled) return bundled;
  const out = buildSync({ entryPoints: [path.join(__dirname, "office-stub.ts")], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false, logLevel: "silent" });
  bundled = out.outputFiles[0].text;
  return bundled;
}
