/**
 * `cchc aggregate <files or folders…> -o <summary.xlsx|summary.csv|summary.json> [--template <id>] [--json]`
 * One bad file never stops the run: it is listed with its reason.
 */
import * as path from "path";
import { aggregate } from "../../core/aggregate";
import { periodInfo } from "../../core/period";
import { builtInTemplate, BUILT_IN_TEMPLATE_IDS } from "../../core/templates/registry";
import { viCli } from "../../strings/vi-cli";
import { collectFiles } from "../aggregate/collect-files";
import { readAll } from "../aggregate/read-all";
import { Problem, Summary, summaryCsv, summaryJson, summaryXlsx } from "../aggregate/write-summary";
import { refuseExistingOutput, writeNewFile } from "../docx-input";
import { EXIT, UsageFailure } from "../failure";

export interface AggregateArgs {
  inputs: string[];
  output?: string;
  template?: string;
  json: boolean;
}

function progressBar(total: number): (done: number) => void {
  if (!process.stderr.isTTY || total < 2) return () => undefined;
  const width = 30;
  return (done) => {
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${viCli.aggProgress(done, total)}${done === total ? "\n" : ""}`);
  };
}

export async function runAggregate(args: AggregateArgs, out: (s: string) => void): Promise<number> {
  if (!args.output) throw new UsageFailure(viCli.errMissingOption("output (-o)"));
  const ext = path.extname(args.output).toLowerCase();
  if (![".xlsx", ".csv", ".json"].includes(ext)) throw new UsageFailure(viCli.aggOutputType(args.output));
  if (args.template && !builtInTemplate(args.template)) {
    throw new UsageFailure(viCli.errUnknownTemplate("--template", args.template, BUILT_IN_TEMPLATE_IDS.join(", ")));
  }
  await refuseExistingOutput(args.output);
  const { files, missing } = await collectFiles(args.inputs);
  if (files.length === 0) throw new UsageFailure(viCli.aggNoInput);
  const results = await readAll(files, progressBar(files.length));

  const problems: Problem[] = missing.map((file) => ({ file, agency: "", problem: viCli.errRead(file, viCli.errno.ENOENT) }));
  const first = results.find((r) => r.status === "ok" && (!args.template || r.data.template === args.template));
  if (!first || first.status !== "ok") throw new UsageFailure(viCli.aggNothingUsable);
  const template = builtInTemplate(first.data.template)!;
  const period = first.data.period;
  const periodTitle = periodInfo(period).title;
  const units: Summary["units"] = [];
  const handmade: { file: string; agency: string; values: number; doubtful: number }[] = [];
  // One unit and period counts once: a second file of the same unit is listed with the first.
  const unitFiles = new Map<string, string>();
  const unitKey = (d: { agency: { name: string; level: string } }) => `${d.agency.level}|${d.agency.name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi")}`;
  for (const r of results) {
    if (r.status === "unreadable") {
      problems.push({ file: r.file, agency: "", problem: r.reason });
      continue;
    }
    const agency = r.data.agency.name;
    if (r.data.template !== template.id) problems.push({ file: r.file, agency, problem: viCli.aggOtherTemplate(r.data.template, template.id) });
    else if (r.data.period.year !== period.year || r.data.period.kind !== period.kind) {
      problems.push({ file: r.file, agency, problem: viCli.aggOtherPeriod(periodInfo(r.data.period).title, periodTitle) });
    } else if (unitFiles.has(unitKey(r.data))) {
      problems.push({ file: r.file, agency, problem: viCli.aggDuplicate(unitFiles.get(unitKey(r.data))!) });
    } else {
      unitFiles.set(unitKey(r.data), r.file);
      units.push({ file: r.file, data: r.data, ...(r.handmade ? { handmade: true } : {}) });
      if (r.handmade) handmade.push({ file: r.file, agency, values: Object.keys(r.data.values).length, doubtful: r.handmade.doubtful });
      if (r.errors.length > 0) {
        problems.push({ file: r.file, agency, problem: r.errors.map((e) => `${e.rule}${e.target ? ` ${e.target}` : ""}`).join(", ") });
      }
    }
  }
  const summary: Summary = {
    template: template.id,
    period,
    rows: aggregate(
      template,
      units.map((u) => u.data),
    ),
    units,
    problems,
  };
  const bytes = ext === ".json" ? summaryJson(summary) : ext === ".csv" ? summaryCsv(summary) : await summaryXlsx(summary);
  await writeNewFile(args.output, bytes);

  if (args.json) out(JSON.stringify({ output: args.output, template: template.id, period, files: files.length, aggregated: units.length, handmade, problems }));
  else {
    out(viCli.aggSummary(units.length, files.length + missing.length, template.id, periodTitle));
    if (handmade.length > 0) {
      out(viCli.aggHandmadeHeading(handmade.length));
      for (const h of handmade) out(viCli.aggHandmadeLine(h.file, h.agency, h.values, h.doubtful));
    }
    const failedChecks = problems.filter((p) => units.some((u) => u.file === p.file));
    const unusable = problems.filter((p) => !units.some((u) => u.file === p.file));
    if (failedChecks.length > 0) {
      out(viCli.aggFailedChecksHeading(failedChecks.length));
      for (const p of failedChecks) out(viCli.aggFailedLine(p.file, p.agency, p.problem));
    }
    if (unusable.length > 0) {
      out(viCli.aggUnreadableHeading(unusable.length));
      for (const p of unusable) out(viCli.aggUnreadableLine(p.file, p.problem));
    }
    out(viCli.aggWritten(args.output));
  }
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}
