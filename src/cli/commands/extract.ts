/** `cchc extract <in.docx> [--json | -o <data.json>]` — a report back into the report-data format. */
import { vi } from "../../strings";
import { dataFromRead, readReportDocx, writeNewFile } from "../docx-input";
import { EXIT, UsageFailure } from "../failure";
import { hasIdentity, identityFrom, IdentityValues } from "../options";

export async function runExtract(args: IdentityValues & { files: string[]; output?: string; json: boolean }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.files.length !== 1) throw new UsageFailure(args.files.length === 0 ? vi.cli.errMissingFile : vi.cli.errArgs(args.files.join(" ")));
  const file = args.files[0];
  const read = await readReportDocx(file);
  const data = dataFromRead(file, read, hasIdentity(args) ? identityFrom(args) : undefined);
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (args.output) {
    await writeNewFile(args.output, text);
    if (!args.json) out(vi.cli.extracted(args.output, Object.keys(data.values).length));
  } else out(text.trimEnd());
  if (read.dataPart?.status === "invalid") err(vi.cli.dataPartDamaged(read.dataPart.reason));
  if (read.readByTitle.length > 0) err(vi.cli.readByTitle(read.readByTitle.length));
  for (const d of read.disagreements) err(vi.cli.disagreement(d.target, d.inDocument, d.inDataPart));
  if (read.missing.length > 0) err(vi.cli.missingControls(read.missing.join(", ")));
  return read.disagreements.length > 0 || read.missing.length > 0 ? EXIT.problems : EXIT.ok;
}
