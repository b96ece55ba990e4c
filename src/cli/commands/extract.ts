/** `cchc extract <in.docx> [--json | -o <data.json>]` — a report back into the report-data format. */
import { vi } from "../../strings";
import { viCli } from "../../strings/vi-cli";
import { identityDifferences } from "../../core/identity";
import { builtInTemplate } from "../../core/templates/registry";
import { missingControls } from "../../document/controls";
import { dataFromRead, readCommandDocx, refuseExistingOutput, writeNewFile } from "../docx-input";
import { EXIT, UsageFailure } from "../failure";
import { describeHandmade, doubtfulCount, handmadeData } from "../handmade-report";
import { hasIdentity, identityFrom, IdentityValues } from "../options";

export async function runExtract(args: IdentityValues & { files: string[]; output?: string; json: boolean }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.files.length !== 1) throw new UsageFailure(args.files.length === 0 ? viCli.errMissingFile : viCli.errArgs(args.files.join(" ")));
  const file = args.files[0];
  if (args.output) await refuseExistingOutput(args.output);
  // JSON is what it writes: a name ending .docx would give Word a file it cannot open.
  if (args.output && !/\.json$/i.test(args.output)) throw new UsageFailure(viCli.extractOutputType(args.output));
  const { handmade, read } = await readCommandDocx(file, undefined, args);
  if (handmade) {
    // A report typed by hand: what was recognised and how each value was found go to stderr.
    const data = handmadeData(file, handmade);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    if (args.output) {
      await writeNewFile(args.output, text);
      if (!args.json) out(viCli.extracted(args.output, Object.keys(data.values).length));
    } else out(text.trimEnd());
    describeHandmade(handmade, data, err);
    return doubtfulCount(handmade) > 0 ? EXIT.problems : EXIT.ok;
  }
  const given = hasIdentity(args) ? identityFrom(args) : undefined;
  const data = dataFromRead(file, read, given);
  // Options that contradict the document's own identity are said; the document's is used.
  const differs = given && read.data ? identityDifferences(given, read.data) : [];
  // Without a data part, what the options' template expects and the document lacks is listed.
  const template = !read.data && given ? builtInTemplate(given.template) : undefined;
  const missing = template ? missingControls(template, data, read.present) : read.missing;
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (args.output) {
    await writeNewFile(args.output, text);
    if (!args.json) out(viCli.extracted(args.output, Object.keys(data.values).length));
  } else out(text.trimEnd());
  if (read.dataPart?.status === "invalid") err(viCli.dataPartDamaged(read.dataPart.reason));
  if (read.readByTitle.length > 0) err(viCli.readByTitle(read.readByTitle.length));
  if (differs.length > 0) err(viCli.extractDiffers(differs.join("; ")));
  for (const d of read.disagreements) err(vi.reading.disagreement(d.target, d.inDocument, d.inDataPart));
  if (missing.length > 0) err(vi.reading.missingControls(missing.length > 12 ? `${missing.slice(0, 12).join(", ")} … (${missing.length})` : missing.join(", ")));
  return read.disagreements.length > 0 || missing.length > 0 || differs.length > 0 ? EXIT.problems : EXIT.ok;
}
