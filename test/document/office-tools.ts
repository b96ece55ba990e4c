/**
 * LibreOffice and poppler, for the suites that render documents: where they are, and the `it`
 * to use — a test runs whenever both are present; in CI (CI=true) they are required, so a
 * missing install fails the run instead of skipping it.
 */
import { spawnSync } from "child_process";

export function which(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

export const soffice = which("soffice") ?? which("libreoffice");
export const pdftotext = which("pdftotext");
const inCi = process.env.CI === "true";
export const runWithOffice: jest.It = soffice && pdftotext ? it : inCi ? it : it.skip;
