/** Writing the provincial summary as .json, .csv or .xlsx (a sheet for the summary, one per unit, one for problems). */
import { stringify } from "csv-stringify/sync";
import type { AggregateRow } from "../../core/aggregate";
import type { ReportData } from "../../core/model/report-data";
import { viCli } from "../../strings/vi-cli";

export interface Problem {
  file: string;
  agency: string;
  problem: string;
}

export interface Summary {
  template: string;
  period: ReportData["period"];
  rows: AggregateRow[];
  /** handmade: read from a report typed by hand. */
  units: { file: string; data: ReportData; handmade?: true }[];
  problems: Problem[];
}

const shownValue = (r: AggregateRow) =>
  r.kind === "coded"
    ? Object.entries(r.counts ?? {})
        .map(([label, n]) => `${label}: ${n}`)
        .join("; ")
    : r.kind === "fraction" && r.fraction
      ? `${r.fraction.num}/${r.fraction.den}`
      : (r.value ?? "");

export function summaryJson(s: Summary): string {
  return `${JSON.stringify(
    {
      template: s.template,
      period: s.period,
      units: s.units.length,
      handmade: s.units.filter((u) => u.handmade).map((u) => u.file),
      rows: s.rows,
      problems: s.problems,
    },
    null,
    2,
  )}\n`;
}

/**
 * The summary as CSV for Excel: a byte order mark (so Excel reads the Vietnamese as UTF-8), the
 * summary under Vietnamese headers, then the units to look at again.
 */
export function summaryCsv(s: Summary): string {
  const rows = [[...viCli.aggColumns], ...s.rows.map((r) => [r.code, r.label, r.unit, shownValue(r), viCli.aggMethod[r.method], r.reported])];
  const problems = s.problems.length > 0 ? [[], [viCli.aggSheetProblems], [...viCli.aggProblemColumns], ...s.problems.map((p) => [p.file, p.agency, p.problem])] : [];
  return `\uFEFF${stringify([...rows, ...problems])}`;
}

const EXCEL_MAX_ROWS = 1_048_576;

/** Excel sheet names: at most 31 characters, no []:*?/\, unique. */
function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 28)
      .trim() || "Đơn vị";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 25)} (${i})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export async function summaryXlsx(s: Summary): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  const summary = wb.addWorksheet(sheetName(viCli.aggSheetSummary, used));
  summary.addRow([...viCli.aggColumns]).font = { bold: true };
  for (const r of s.rows) summary.addRow([r.code, r.label, r.unit, shownValue(r), viCli.aggMethod[r.method], r.reported]);
  summary.columns.forEach((c, i) => (c.width = [10, 60, 16, 18, 30, 10][i]));
  const problems = wb.addWorksheet(sheetName(viCli.aggSheetProblems, used));
  problems.addRow([...viCli.aggProblemColumns]).font = { bold: true };
  // An Excel sheet holds 1,048,576 rows: past that, the rest are counted (the JSON and CSV outputs list them all).
  const room = EXCEL_MAX_ROWS - 2;
  for (const p of s.problems.slice(0, room)) problems.addRow([p.file, p.agency, p.problem]);
  if (s.problems.length > room) problems.addRow(["", "", viCli.aggMoreProblems(s.problems.length - room)]);
  for (const u of s.units) {
    const sheet = wb.addWorksheet(sheetName(u.data.agency.name, used));
    // The unit in full, and its file: a sheet's name is cut at 31 characters ("Sở Khoa học và Công nghệ (2)").
    sheet.addRow([viCli.aggUnitOf, u.data.agency.name, u.file]).font = { bold: true };
    sheet.addRow([...viCli.aggUnitColumns]).font = { bold: true };
    // The template's rows only: a unit file's other codes are counted, never listed (a sheet holds 1,048,576 rows at most).
    for (const r of s.rows) if (u.data.values[r.code] !== undefined) sheet.addRow([r.code, r.label, u.data.values[r.code]]);
    const known = new Set(s.rows.map((r) => r.code));
    const unknown = Object.keys(u.data.values).filter((c) => !known.has(c)).length;
    if (unknown > 0) sheet.addRow(["", viCli.aggUnknownCodes(unknown), ""]);
    if (u.handmade) sheet.addRow(["", viCli.aggReadFromHandmade, ""]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
