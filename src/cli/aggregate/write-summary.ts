/** Writing the provincial summary as .json, .csv or .xlsx (a sheet for the summary, one per unit, one for problems). */
import { stringify } from "csv-stringify/sync";
import type { AggregateRow } from "../../core/aggregate";
import type { ReportData } from "../../core/model/report-data";
import { vi } from "../../strings";

export interface Problem {
  file: string;
  agency: string;
  problem: string;
}

export interface Summary {
  template: string;
  period: ReportData["period"];
  rows: AggregateRow[];
  units: { file: string; data: ReportData }[];
  problems: Problem[];
}

const shownValue = (r: AggregateRow) =>
  r.kind === "coded" ? Object.entries(r.counts ?? {}).map(([label, n]) => `${label}: ${n}`).join("; ") : r.kind === "fraction" && r.fraction ? `${r.fraction.num}/${r.fraction.den}` : r.value ?? "";

export function summaryJson(s: Summary): string {
  return `${JSON.stringify({
    template: s.template,
    period: s.period,
    units: s.units.length,
    rows: s.rows,
    problems: s.problems,
  }, null, 2)}\n`;
}

export function summaryCsv(s: Summary): string {
  return stringify([
    ["code", "label", "unit", "value", "method", "reported"],
    ...s.rows.map((r) => [r.code, r.label, r.unit, shownValue(r), r.method, r.reported]),
  ]);
}

/** Excel sheet names: at most 31 characters, no []:*?/\, unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").slice(0, 28).trim() || "Đơn vị";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 25)} (${i})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export async function summaryXlsx(s: Summary): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  const summary = wb.addWorksheet(sheetName(vi.cli.aggSheetSummary, used));
  summary.addRow([...vi.cli.aggColumns]).font = { bold: true };
  for (const r of s.rows) summary.addRow([r.code, r.label, r.unit, shownValue(r), vi.cli.aggMethod[r.method], r.reported]);
  summary.columns.forEach((c, i) => (c.width = [10, 60, 16, 18, 30, 10][i]));
  const problems = wb.addWorksheet(sheetName(vi.cli.aggSheetProblems, used));
  problems.addRow([...vi.cli.aggProblemColumns]).font = { bold: true };
  for (const p of s.problems) problems.addRow([p.file, p.agency, p.problem]);
  for (const u of s.units) {
    const sheet = wb.addWorksheet(sheetName(u.data.agency.name, used));
    sheet.addRow([...vi.cli.aggUnitColumns]).font = { bold: true };
    for (const [code, v] of Object.entries(u.data.values)) sheet.addRow([code, s.rows.find((r) => r.code === code)?.label ?? "", v]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
