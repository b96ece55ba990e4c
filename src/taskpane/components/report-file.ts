/**
 * A report (or the year's plan) read from a file the officer picks: report data (.json), or a .docx
 * made by the tool or typed by hand (read as `cchc extract` reads it). For "Lấy từ kế hoạch" and the
 * previous period; a chunk of its own (the .docx engine and the schema), fetched when a file is picked.
 */
import { limitFor, megabytes } from "../../core/input-limits";
import { parseJsonText } from "../../core/json-text";
import { ReportData, ReportDataSchema } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { planFor, PlanCounts, valuesFromPlan } from "../../core/plan-counts";
import { DocxReportDocument } from "../../document/docx/docx-document";
import { vi } from "../../strings";
import { viPane } from "../../strings/vi-pane";
import { describeFailure } from "./describe-failure";

const t = viPane.data;

export type FromFile<T> = ({ ok: true } & T) | { ok: false; message: string };

async function dataIn(name: string, bytes: Uint8Array, templates: readonly Template[]): Promise<ReportData | string> {
  if (/\.json$/i.test(name)) {
    const parsed = ReportDataSchema.safeParse(parseJsonText(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : t.fileUnreadable(name, `${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
  }
  if (!/\.docx$/i.test(name)) return t.fileType(name);
  const doc = await DocxReportDocument.open(bytes);
  if (doc.isStructured()) return (await doc.read()).data ?? t.fileUnreadable(name, vi.reading.noDataPart);
  const read = doc.readAsHandmade(templates);
  return read.data ?? t.fileUnreadable(name, vi.handmade.parts(read.missing));
}

/** The report in a picked file, or why it cannot be read, in one Vietnamese line. */
export async function reportFromFile(file: File, templates: readonly Template[]): Promise<FromFile<{ data: ReportData }>> {
  // The size is checked before the file is read (src/core/input-limits.ts).
  if (file.size > limitFor(file.name)) return { ok: false, message: vi.importing.tooBig(megabytes(file.size), megabytes(limitFor(file.name))) };
  try {
    const data = await dataIn(file.name, new Uint8Array(await file.arrayBuffer()), templates);
    return typeof data === "string" ? { ok: false, message: data } : { ok: true, data };
  } catch (e) {
    return { ok: false, message: t.fileUnreadable(file.name, describeFailure(e, "workbench")) };
  }
}

/** The plan in a picked file, counted for this report. */
export async function planFromFile(
  file: File,
  report: { template: Template; year: number },
  templates: readonly Template[],
): Promise<FromFile<{ counts: PlanCounts; values: Record<string, string> }>> {
  const read = await reportFromFile(
    file,
    templates.filter((x) => x.data.layout === "assignment"),
  );
  if (!read.ok) return read;
  const plan = planFor(
    read.data,
    templates.find((x) => x.id === read.data.template),
    report.year,
  );
  if (!plan.ok) return { ok: false, message: plan.reason === "not-plan" ? t.planNotPlan(file.name, read.data.template) : t.planYear(file.name, read.data.period.year, report.year) };
  const counts = plan.counts;
  const values = valuesFromPlan(report.template, counts);
  if (Object.keys(values).length === 0) return { ok: false, message: t.planNoRows(report.template.id) };
  return { ok: true, counts, values };
}
