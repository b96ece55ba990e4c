/**
 * `cchc adopt <in.docx> -o <out.docx> [--template … --kind … --year … --agency … --agency-level …] [--json]`
 * A report typed by hand taken over into a structured one: the officer's document kept as it is,
 * our controls around what was recognised, the data part added (../../document/docx/adopt.ts).
 */
import * as path from "path";
import { periodInfo } from "../../core/period";
import { builtInTemplates } from "../../core/templates/registry";
import { AdoptError } from "../../document/docx/adopt";
import { DocxReportDocument } from "../../document/docx/docx-document";
import { vi } from "../../strings";
import { viCli } from "../../strings/vi-cli";
import { docxFailure, readAnyReportDocx, refuseExistingOutput, writeNewFile } from "../docx-input";
import { EXIT, UsageFailure } from "../failure";
import { handmadeData } from "../handmade-report";
import { handmadeGivenFrom, IdentityValues } from "../options";
import { readBytes } from "../read-input";

export async function runAdopt(args: IdentityValues & { files: string[]; output?: string; json: boolean }, out: (s: string) => void): Promise<number> {
  if (args.files.length !== 1) throw new UsageFailure(args.files.length === 0 ? viCli.errMissingFile : viCli.errArgs(args.files.join(" ")));
  const file = args.files[0];
  if (!args.output) throw new UsageFailure(viCli.errMissingOption("output (-o)"));
  if (path.resolve(args.output) === path.resolve(file)) throw new UsageFailure(viCli.errSameFile);
  await refuseExistingOutput(args.output);
  const given = handmadeGivenFrom(args);
  // Recognised first by the streaming read (bounded, cheap): a document that is not a report typed by
  // hand, or says too little, is refused before it is opened as a DOM for editing.
  const seen = await readAnyReportDocx(file, undefined, given);
  if (seen.source === "tool") throw new UsageFailure(vi.adopt.errStructured(file));
  handmadeData(file, seen.handmade);
  const doc = await DocxReportDocument.open(await readBytes(file)).catch((e) => docxFailure(file, e));
  if (doc.isStructured()) throw new UsageFailure(vi.adopt.errStructured(file));
  let adopted;
  try {
    adopted = doc.adopt(builtInTemplates(), given);
  } catch (e) {
    if (e instanceof AdoptError) handmadeData(file, e.read); // throws the one line that says what to give
    throw e;
  }
  await writeNewFile(args.output, await doc.save());
  const { data, made, left, read } = adopted;
  const count = (kind: string) => made.filter((t) => t.startsWith(`cchc:${kind}:`)).length;
  const a = vi.adopt;
  if (args.json) {
    out(
      JSON.stringify({
        output: args.output,
        template: data.template,
        period: data.period,
        agency: data.agency,
        controls: { value: count("value"), note: count("note"), label: count("label"), section: count("section") },
        left,
        unmatched: read.unmatched.map((p) => ({ label: p.label, value: p.value })),
      }),
    );
  } else {
    out(a.done(file, args.output, data.template, periodInfo(data.period).title, data.agency.name));
    out(a.counts(count("value"), Object.keys(data.values).filter((c) => data.values[c] !== "").length, count("note"), count("section")));
    if (left.length > 0) {
      out(a.leftHeading(left.length));
      for (const l of left) out(a.leftLine(l.target, a.reason[l.reason]));
    }
    if (read.unmatched.length > 0) {
      out(vi.handmade.unmatchedHeading(read.unmatched.length));
      for (const p of read.unmatched) out(vi.handmade.unmatchedLine(p.label, p.value));
    }
  }
  return left.length > 0 || read.unmatched.length > 0 ? EXIT.problems : EXIT.ok;
}
