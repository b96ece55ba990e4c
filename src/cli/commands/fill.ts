/** `cchc fill <in.docx> <data.json|data.csv|data.xlsx> -o <out.docx> [--overwrite] [--json]` */
import * as path from "path";
import { builtInTemplate } from "../../core/templates/registry";
import { DocxReportDocument } from "../../document/docx/docx-document";
import { viCli } from "../../strings/vi-cli";
import { identityDifferences } from "../../core/identity";
import { docxFailure, readPlanFile, readValuesFile, refuseExistingOutput, writeNewFile } from "../docx-input";
import type { ImportedValues } from "../../import/read-values";
import { valuesFromPlan, withPlanValues } from "../../core/plan-counts";
import { readBytes } from "../read-input";
import { EXIT, UsageFailure } from "../failure";

export async function runFill(args: { files: string[]; output?: string; plan?: string; overwrite: boolean; json: boolean }, out: (s: string) => void): Promise<number> {
  // <báo-cáo.docx> <số-liệu>, or <báo-cáo.docx> alone with --plan.
  if (args.files.length !== 2 && !(args.plan && args.files.length === 1)) throw new UsageFailure(viCli.errArgs(args.files.join(" ") || "cần <báo-cáo.docx> <số-liệu>"));
  const [docFile, valuesFile] = args.files;
  if (!args.output) throw new UsageFailure(viCli.errMissingOption("output (-o)"));
  if (path.resolve(args.output) === path.resolve(docFile)) throw new UsageFailure(viCli.errSameFile);
  await refuseExistingOutput(args.output);
  const bytes = await readBytes(docFile);
  const doc = await DocxReportDocument.open(bytes).catch((e) => docxFailure(docFile, e));
  const read = await doc.read();
  const part = read.dataPart?.status === "ok" ? read.dataPart.data : null;
  const template = part ? builtInTemplate(part.template) : undefined;
  if (read.dataPart?.status === "invalid") throw new UsageFailure(viCli.errDataPartDamaged(docFile, read.dataPart.reason));
  if (!part || !template) throw new UsageFailure(viCli.errFillNeedsReport(docFile));
  const imported: ImportedValues = valuesFile ? await readValuesFile(valuesFile) : { values: {}, notes: {}, warnings: [] };
  // The plan's counts for the rows it feeds, where the values file gives none; filled by the same rule (typed values kept).
  if (args.plan) {
    const fromPlan = valuesFromPlan(template, await readPlanFile(args.plan, part.period.year, args.json ? () => undefined : out));
    Object.assign(imported.values, withPlanValues(imported.values, fromPlan).values);
    if (!args.json) out(viCli.plan.taken(fromPlan));
  }
  // Report data for another template, period or agency is never poured into same-numbered rows.
  const differs = imported.identity ? identityDifferences(imported.identity, part) : [];
  if (differs.length > 0) throw new UsageFailure(viCli.errOtherReport(valuesFile, docFile, differs.join("; ")));
  const result = await doc.fillValues(template, imported.values, { overwrite: args.overwrite });
  // Notes (the ghi_chu column, or report data's notes) are written by the same rule as values.
  const notes = await doc.fillNotes(template, imported.notes, { overwrite: args.overwrite });
  await writeNewFile(args.output, await doc.save());
  if (args.json) out(JSON.stringify({ output: args.output, ...result, notes, warnings: imported.warnings }));
  else {
    for (const w of imported.warnings) out(viCli.importWarning(w));
    out(viCli.filled(args.output, result.written.length, result.unchanged.length));
    if (notes.written.length > 0) out(viCli.filledNotes(notes.written.length));
    if (result.conflicts.length + notes.conflicts.length > 0) {
      out(viCli.conflictsHeading(result.conflicts.length + notes.conflicts.length));
      for (const c of result.conflicts) out(viCli.conflictLine(c.code, c.inDocument, c.proposed));
      for (const c of notes.conflicts) out(viCli.noteConflictLine(c.code, c.inDocument, c.proposed));
    }
    const missing = [...result.missing, ...notes.missing.filter((c) => !result.missing.includes(c))];
    if (missing.length > 0) out(viCli.missingCodes(missing.join(", ")));
  }
  const problems = result.conflicts.length + result.missing.length + notes.conflicts.length + notes.missing.length;
  return problems > 0 ? EXIT.problems : EXIT.ok;
}
