/** `cchc new --template … --kind … --year … --agency … --agency-level … [--data …] -o out.docx` */
import { identityDifferences } from "../../core/identity";
import { builtInTemplate, builtInTemplates, BUILT_IN_TEMPLATE_IDS } from "../../core/templates/registry";
import { reportTemplatesServing, templateServes, Template } from "../../core/model/template";
import { periodInfo } from "../../core/period";
import { DocxReportDocument } from "../../document/docx/docx-document";
import { viCli } from "../../strings/vi-cli";
import { readPlanFile, refuseExistingOutput, writeNewFile } from "../docx-input";
import { valuesFromPlan, withPlanValues } from "../../core/plan-counts";
import { EXIT, UsageFailure } from "../failure";
import { identityFrom, IdentityValues } from "../options";
import { readReportData } from "../read-input";

/** "từ 01/07/2025", "đến 30/06/2025", "từ … đến …". */
function validityText(t: Template): string {
  const day = (iso: string) => iso.split("-").reverse().join("/");
  const from = t.data.validFrom ? viCli.validFrom(day(t.data.validFrom)) : "";
  const until = t.data.validUntil ? viCli.validUntil(day(t.data.validUntil)) : "";
  return [from, until].filter(Boolean).join(" ");
}

export async function runNew(args: IdentityValues & { data?: string; plan?: string; output?: string; json?: boolean }, out: (s: string) => void): Promise<number> {
  const identity = identityFrom(args);
  if (!args.output) throw new UsageFailure(viCli.errMissingOption("output (-o)"));
  await refuseExistingOutput(args.output);
  const template = builtInTemplate(identity.template);
  if (!template) throw new UsageFailure(viCli.errUnknownTemplate("--template", identity.template, BUILT_IN_TEMPLATE_IDS.join(", ")));
  if (!template.data.kinds.includes(identity.period.kind)) {
    throw new UsageFailure(viCli.errTemplateKind(template.id, identity.period.kind, template.data.kinds.join(", ")));
  }
  if (!template.data.levels.includes(identity.agency.level)) {
    throw new UsageFailure(viCli.errTemplateLevel(template.id, identity.agency.level, template.data.levels.join(", ")));
  }
  // Its validity dates, as in the pane: the two-level form from 1/7/2025, the three-level ones until 30/6/2025.
  if (!templateServes(template, identity.period.kind, identity.period.year, identity.agency.level)) {
    const instead = reportTemplatesServing(builtInTemplates(), identity.period.kind, identity.period.year, identity.agency.level);
    throw new UsageFailure(viCli.errTemplateDates(template.id, validityText(template), periodInfo(identity.period).title, instead.map((t) => t.id).join(", ") || viCli.noTemplateServes));
  }
  const given = args.data ? await readReportData(args.data) : undefined;
  if (given && given.template !== template.id) throw new UsageFailure(viCli.errDataTemplate(args.data!, given.template, template.id));
  // Another period's or unit's data is never relabelled as this report's (fill refuses it the same way).
  const differs = given ? identityDifferences(given, identity) : [];
  if (differs.length > 0) throw new UsageFailure(viCli.errDataOtherReport(args.data!, differs.join("; ")));
  // Codes the template has no row for: kept in the data part, but said — nothing prints them.
  const noRow = given ? [...new Set([...Object.keys(given.values), ...Object.keys(given.notes ?? {})])].filter((code) => !template.get(code)) : [];
  // The plan's counts go where the --data file has nothing; a value it gives is kept, and said.
  const fromPlan = args.plan ? valuesFromPlan(template, await readPlanFile(args.plan, identity.period.year, args.json ? () => undefined : out)) : {};
  const { values, kept } = withPlanValues(given?.values ?? {}, fromPlan);
  const data = { ...identity, values, notes: given?.notes, sections: given?.sections, header: given?.header };
  await writeNewFile(args.output, await DocxReportDocument.write(template, data));
  const filled = Object.values(data.values).filter((v) => String(v).trim() !== "").length;
  if (args.json)
    out(
      JSON.stringify({
        output: args.output,
        template: template.id,
        period: data.period,
        agency: data.agency,
        values: filled,
        ...(args.plan ? { fromPlan } : {}),
        ...(noRow.length > 0 ? { missing: noRow } : {}),
      }),
    );
  else {
    out(viCli.created(args.output, filled));
    if (noRow.length > 0) out(viCli.newCodesKept(noRow.join(", ")));
    if (args.plan) out(viCli.plan.taken(fromPlan));
    for (const k of kept) out(viCli.plan.kept(k.code, k.given, k.planned));
  }
  return noRow.length > 0 ? EXIT.problems : EXIT.ok;
}
