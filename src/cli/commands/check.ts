/** `cchc check <data.json|report.docx> [--final] [--json] [--previous <data.json|report.docx>] [--template-file <file>]` */
import { countBySeverity, validate } from "../../core/validation/engine";
import type { Issue } from "../../core/validation/types";
import { periodInfo } from "../../core/period";
import { EXIT, UsageFailure } from "../failure";
import { readReportData, readTemplateFile, resolveTemplate } from "../read-input";
import { dataFromRead, readCommandDocx, readPlanFile, readReportFile } from "../docx-input";
import { describeHandmade, doubtfulCount, handmadeData } from "../handmade-report";
import { hasIdentity, identityFrom, IdentityValues } from "../options";
import type { ReportData } from "../../core/model/report-data";
import { renderIssues } from "../render-issues";
import { documentIssues } from "../../document/controls";
import { viCli } from "../../strings/vi-cli";

export interface CheckArgs {
  files: string[];
  final: boolean;
  json: boolean;
  previous?: string;
  /** The year's CCHC plan: the rows it feeds are checked against it (`plan` rule). */
  plan?: string;
  templateFile?: string;
  /** The report's identity options: for a .docx without its data part (all of them), or typed by hand (any, over what it says). */
  identity?: IdentityValues;
  /** Where a report typed by hand says how it was read. */
  err?: (s: string) => void;
}

export async function runCheck(args: CheckArgs, out: (s: string) => void): Promise<number> {
  if (args.files.length !== 1) throw new UsageFailure(args.files.length === 0 ? viCli.errMissingFile : viCli.errArgs(args.files.join(" ")));
  const file = args.files[0];
  const given = args.templateFile ? await readTemplateFile(args.templateFile) : undefined;
  // A .docx is read back first; its body sections and header are then checked too.
  const { handmade, read } = /\.docx$/i.test(file) ? await readCommandDocx(file, given, args.identity ?? {}) : { handmade: null, read: null };
  const say = args.err ?? (() => undefined);
  const options = args.identity && hasIdentity(args.identity) ? args.identity : undefined;
  const data: ReportData = handmade ? handmadeData(file, handmade) : read ? dataFromRead(file, read, options && identityFrom(options)) : await readReportData(file);
  if (handmade) describeHandmade(handmade, data, say);
  const template = resolveTemplate(data, file, given);
  // The previous period's report: report data, or a .docx (made by the tool or typed by hand).
  const previous = args.previous ? await readReportFile(args.previous, say) : undefined;
  const plan = args.plan ? await readPlanFile(args.plan, data.period.year, say) : undefined;
  // On a .docx, what the document itself shows (disagreements with its data part, controls missing) comes first.
  const issues = [...(read ? documentIssues(read, args.final ? "final" : "draft") : []), ...validate(template, data, { mode: args.final ? "final" : "draft", previous, plan })];
  const counts = countBySeverity(issues);
  if (args.json) {
    // A narrative issue also gives the words it quotes (`find`), for a tool to point at them.
    const plain = issues.map(({ severity, rule, target, message, find }: Issue) => ({ severity, rule, target, message, ...(find === undefined ? {} : { find }) }));
    out(JSON.stringify({ issues: plain, counts }));
  } else {
    out(viCli.reportLine(data.agency.name, periodInfo(data.period).title, template.id));
    out(viCli.modeLine(args.final));
    out("");
    out(renderIssues(issues));
    out(viCli.summary(counts.error, counts.warning, counts.info));
    if (args.final) out(counts.error === 0 ? viCli.ready : viCli.notReady);
  }
  return counts.error > 0 || (handmade && doubtfulCount(handmade) > 0) ? EXIT.problems : EXIT.ok;
}
