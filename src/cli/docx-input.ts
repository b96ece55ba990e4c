/** Reading and writing .docx files for the command line, with one clear line for anything unusable. */
import { promises as fs } from "fs";
import * as path from "path";
import type { ReportData } from "../core/model/report-data";
import type { Template } from "../core/model/template";
import { PlanCounts, planFor } from "../core/plan-counts";
import { builtInTemplate, builtInTemplates } from "../core/templates/registry";
import type { ReadResult } from "../document/controls";
import { DocxError } from "../document/docx/read-docx";
import { AnyRead, readDocxAny, ToolRead } from "../document/docx/read-report";
import type { HandmadeGiven, HandmadeRead } from "../document/handmade/read-handmade";
import { handmadeGivenFrom, hasWholeIdentity, IdentityValues } from "./options";
import { ImportedValues, ImportError, valuesFromCsv, valuesFromJson, valuesFromXlsx } from "../import/read-values";
import { viCli } from "../strings/vi-cli";
import { UsageFailure } from "./failure";
import { readBytes, readReportData, systemReason } from "./read-input";
import { handmadeData } from "./handmade-report";

export function docxFailure(file: string, e: unknown): never {
  if (e instanceof DocxError) throw new UsageFailure(viCli.errDocx(file, e.message));
  throw e;
}

/** Reads a report made by the tool or typed by hand (then recognised, with `given` winning over what it says). */
export async function readAnyReportDocx(file: string, given: Template | undefined, handmade: HandmadeGiven): Promise<AnyRead> {
  const bytes = await readBytes(file);
  const templates = given ? [given, ...builtInTemplates().filter((t) => t.id !== given.id)] : builtInTemplates();
  try {
    return await readDocxAny(bytes, (id) => (given && (id === null || id === given.id) ? given : id ? builtInTemplate(id) : undefined), templates, handmade);
  } catch (e) {
    docxFailure(file, e);
  }
}

/**
 * A report .docx for extract and check: the tool's read, or a report typed by hand. A document with
 * nothing of ours and no appendix table, given the whole identity, is read as ours (what that
 * template expects and the document lacks is listed), as before hand-made reports were read.
 */
export async function readCommandDocx(file: string, given: Template | undefined, identity: IdentityValues): Promise<{ handmade: HandmadeRead; read: null } | { handmade: null; read: ToolRead }> {
  const any = await readAnyReportDocx(file, given, handmadeGivenFrom(identity));
  if (any.source === "tool") return { handmade: null, read: any };
  return any.handmade.appendix.rows.length === 0 && hasWholeIdentity(identity) ? { handmade: null, read: any.tool } : { handmade: any.handmade, read: null };
}

/** Report data from a document: meta from its data part, or from the options when it has none. */
export function dataFromRead(file: string, read: ReadResult, meta?: Pick<ReportData, "template" | "agency" | "period">): ReportData {
  if (read.data) return read.data;
  if (!meta && read.dataPart?.status === "invalid") throw new UsageFailure(viCli.errDataPartDamagedIdentity(file, read.dataPart.reason));
  if (!meta) throw new UsageFailure(viCli.errNoDataPart(file));
  return { ...meta, values: read.values, notes: read.notes, sections: read.sections, header: read.header };
}

/**
 * A report as data, from any file that holds one: report-data JSON, a .docx the tool made, or a
 * .docx typed by hand (recognised as `cchc extract` does; `said` is told it was read that way).
 */
export async function readReportFile(file: string, said: (line: string) => void): Promise<ReportData> {
  if (!/\.docx$/i.test(file)) return readReportData(file);
  const any = await readAnyReportDocx(file, undefined, {});
  if (any.source === "handmade") {
    const data = handmadeData(file, any.handmade);
    said(viCli.readAsHandmade(file, data.template, Object.keys(data.values).length));
    return data;
  }
  return dataFromRead(file, any);
}

/**
 * The year's CCHC plan (--plan), counted: report data or a .docx of the plan template (made by the
 * tool or typed by hand). A file of another template, or a plan of another year, is refused.
 */
export async function readPlanFile(file: string, reportYear: number, said: (line: string) => void): Promise<PlanCounts> {
  const data = await readReportFile(file, said);
  const plan = planFor(data, builtInTemplate(data.template), reportYear);
  if (!plan.ok) throw new UsageFailure(plan.reason === "not-plan" ? viCli.plan.errNotPlan(file, data.template) : viCli.plan.errYear(file, data.period.year, reportYear));
  return plan.counts;
}

export async function readValuesFile(file: string): Promise<ImportedValues> {
  const ext = path.extname(file).toLowerCase();
  try {
    if (ext === ".json") return valuesFromJson(await readBytes(file));
    if (ext === ".csv") return valuesFromCsv(await readBytes(file));
    if (ext === ".xlsx") return await valuesFromXlsx(await readBytes(file));
  } catch (e) {
    if (e instanceof ImportError) throw new UsageFailure(viCli.errValuesFile(file, e.message));
    throw e;
  }
  throw new UsageFailure(viCli.errValuesType(file));
}

/** An output that exists is refused before anything is read (and again when writing, atomically). */
export async function refuseExistingOutput(file: string): Promise<void> {
  const exists = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (exists) throw new UsageFailure(viCli.errOutputExists(file));
}

/** Writes a new file; an existing file is never overwritten. */
export async function writeNewFile(file: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await fs.writeFile(file, bytes, { flag: "wx" });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageFailure(err.code === "EEXIST" ? viCli.errOutputExists(file) : viCli.errWrite(file, systemReason(err)));
  }
}
