/**
 * "Lấy từ kế hoạch": the year's CCHC plan read from a file the officer picks — report data (.json),
 * or a .docx of the plan template, made by the tool or typed by hand — and counted (core/plan-counts.ts).
 * A chunk of its own (the .docx engine and the schema), fetched when the officer picks a plan.
 */
import { limitFor, megabytes } from "../../../core/input-limits";
import { parseJsonText } from "../../../core/json-text";
import { ReportData, ReportDataSchema } from "../../../core/model/report-data";
import type { Template } from "../../../core/model/template";
import { planCounts, PlanCounts, valuesFromPlan } from "../../../core/plan-counts";
import { DocxReportDocument } from "../../../document/docx/docx-document";
import { DocxError } from "../../../document/docx/read-docx";
import { vi } from "../../../strings";

const t = vi.pane.data;

export type PlanFromFile = { ok: true; counts: PlanCounts; values: Record<string, string> } | { ok: false; message: string };

async function planData(name: string, bytes: Uint8Array, templates: readonly Template[]): Promise<ReportData | string> {
  if (/\.json$/i.test(name)) {
    const parsed = ReportDataSchema.safeParse(parseJsonText(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : t.planUnreadable(name, `${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
  }
  if (!/\.docx$/i.test(name)) return t.planType(name);
  const doc = await DocxReportDocument.open(bytes);
  if (doc.isStructured()) return (await doc.read()).data ?? t.planUnreadable(name, vi.cli.aggNoDataPart);
  const read = doc.readAsHandmade(templates.filter((x) => x.data.layout === "assignment"));
  return read.data ?? t.planUnreadable(name, read.missing.map((m) => vi.cli.handmade.identityPart[m]).join(", "));
}

/** The plan in a picked file, counted for this report; or why it cannot be used, in one Vietnamese line. */
export async function planFromFile(file: File, report: { template: Template; year: number }, templates: readonly Template[]): Promise<PlanFromFile> {
  // The size is checked before the file is read (src/core/input-limits.ts).
  if (file.size > limitFor(file.name)) return { ok: false, message: vi.importing.tooBig(megabytes(file.size), megabytes(limitFor(file.name))) };
  let data: ReportData | string;
  try {
    data = await planData(file.name, new Uint8Array(await file.arrayBuffer()), templates);
  } catch (e) {
    return { ok: false, message: t.planUnreadable(file.name, e instanceof DocxError ? e.message : e instanceof Error ? e.message : String(e)) };
  }
  if (typeof data === "string") return { ok: false, message: data };
  const plan = templates.find((x) => x.id === data.template);
  if (!plan || plan.data.layout !== "assignment") return { ok: false, message: t.planNotPlan(file.name, data.template) };
  if (data.period.year !== report.year) return { ok: false, message: t.planYear(file.name, data.period.year, report.year) };
  const counts = planCounts(plan, data);
  const values = valuesFromPlan(report.template, counts);
  if (Object.keys(values).length === 0) return { ok: false, message: t.planNoRows(report.template.id) };
  return { ok: true, counts, values };
}
