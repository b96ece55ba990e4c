/** The report files under the given paths: .docx and .json, folders searched recursively. */
import { promises as fs } from "fs";
import * as path from "path";

export interface Collected {
  files: string[];
  missing: string[];
}

const isReport = (name: string) => /\.(docx|json)$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

export async function collectFiles(inputs: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) {
      missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(p)).sort();
      for (const e of entries) if (!e.startsWith(".")) await walk(path.join(p, e)).catch(() => undefined);
    } else if (isReport(path.basename(p))) files.push(p);
  };
  for (const input of inputs) await walk(input);
  return { files, missing };
}
