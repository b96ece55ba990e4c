/**
 * The appendix in the form's own layout: its label, its title (with the year and "TẠI <CƠ QUAN>"
 * where the form has them), the line saying which document it comes with, and the table in the
 * form's columns, heading rows included. Pure: no Office, no XML.
 */
import { writtenValue } from "../../core/grammar/value";
import type { ReportData } from "../../core/model/report-data";
import type { AgencyLevel } from "../../core/model/vocabulary";
import { appliesTo, Indicator, labelFor, Template } from "../../core/model/template";
import type { AppendixColumn, ColumnPart } from "../../core/model/template-schema";
import { BLANK, VALUE_PLACEHOLDER } from "../../core/placeholders";
import type { Outline } from "../../core/outline";
import { parseSigningDate } from "../../core/period";
import { vi, viDocument } from "../../strings";
import type { Role } from "./styles";
import type { Block, Run, TableBlock, TableCell } from "./types";
import { cell, control, fixed, para, run, textCell } from "./plan-parts";

const d = viDocument;

function unitText(row: Indicator): string {
  if (row.kind === "coded") return row.options.map((o) => `${o.label} = ${o.value}`).join("\n");
  return row.unit ?? "";
}

/** The value as the document shows it: as written (grouping dots added), a number the Vietnamese way; exactly as written when it does not parse. */
export function valueText(row: Indicator, raw: string | number | undefined): string {
  if (raw === undefined) return "";
  const formatted = writtenValue(raw, row);
  return formatted ?? String(raw);
}

/** What an empty value cell shows: "[…]" where the agency reports the row, else a blank (nothing prints). */
export function valuePlaceholder(template: Template, code: string, level: AgencyLevel): string {
  const row = template.get(code);
  return row && appliesTo(row, level) && !row.optional ? VALUE_PLACEHOLDER : BLANK;
}

/** The printed columns: the template's own (as the form prints them), or the standard set. */
export function appendixColumns(template: Template): readonly AppendixColumn[] {
  if (template.data.appendix.columns) return template.data.appendix.columns;
  const extra = template.data.columns;
  const c = d.columns;
  const assignment = template.data.layout === "assignment";
  const base: AppendixColumn[] = [
    { title: c.stt, show: ["stt"], width: 9 },
    { title: assignment ? c.task : c.label, show: ["label"], width: extra.length === 0 ? 45 : assignment ? 27 : 39 },
    { title: c.unit, show: ["unit"], width: extra.length === 0 ? 14 : 12 },
    { title: assignment ? c.progress : c.value, show: ["value"], width: extra.length === 0 ? 14 : 10 },
    { title: c.note, show: ["note"], width: extra.length === 0 ? 18 : 10 },
  ];
  const rest = 100 - base.reduce((a, x) => a + x.width, 0);
  return [...base, ...extra.map((x) => ({ title: x.title, show: [`cell:${x.id}`], width: rest / extra.length }))];
}

/** The heading rows: one, or two where columns share a spanning heading ("Kết quả thống kê" over Đơn vị tính and Số liệu). */
function headingRows(columns: readonly AppendixColumn[]): TableCell[][] {
  const title = (t: string, extra: Partial<TableCell> = {}): TableCell => ({ ...textCell("tableHead", t), ...extra });
  if (!columns.some((c) => c.group)) return [columns.map((c) => title(c.title))];
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      top.push(title(c.title, { vMerge: "restart" }));
      bottom.push(title("", { vMerge: "continue" }));
      return;
    }
    if (columns[i - 1]?.group !== c.group) {
      let span = 1;
      while (columns[i + span]?.group === c.group) span++;
      top.push(title(c.group, { span }));
    }
    bottom.push(title(c.title));
  });
  return [top, bottom];
}

/** A cell's role: numbers centred, text left, heading rows bold. */
function cellRole(column: AppendixColumn, group: boolean): Role {
  if (column.show.every((p) => p === "stt" || p === "value" || p === "unit")) return group && column.show.includes("stt") ? "tableGroup" : "tableNumber";
  return group && column.show.includes("label") ? "tableGroup" : "tableText";
}

/** The appendix table, in the form's own columns (appendixColumns). */
export function appendixTable(template: Template, data: ReportData): TableBlock {
  const columns = appendixColumns(template);
  const where = (part: ColumnPart) => columns.findIndex((c) => c.show.includes(part));
  const cellOf = { label: where("label"), value: where("value"), note: where("note") };
  const head = headingRows(columns);
  const rows: TableCell[][] = [...head];
  const rowKeys: (string | null)[] = head.map(() => null);
  const level = data.agency.level;
  const areaRows = template.data.layout === "assignment" && where("area") < 0;
  const hasStt = where("stt") >= 0;
  let area: string | null = null;
  for (const row of template.rows) {
    const newArea = row.parent === null && row.area !== area;
    if (newArea) area = row.area;
    if (areaRows && newArea) {
      rows.push(columns.map((c) => textCell(c.show.includes("label") ? "tableGroup" : "tableText", c.show.includes("label") ? vi.areaName(row.area) : "")));
      rowKeys.push(null);
    }
    const lettered = /\.[a-z]$/.test(row.code);
    const label = labelFor(row, level);
    const number = hasStt || lettered ? "" : `${row.code}. `;
    const groupValue = row.group ? String(data.values[row.code] ?? "").trim() : "";
    const part = (p: ColumnPart): Run | null => {
      switch (p) {
        case "stt":
          return lettered ? null : run(row.code);
        case "label":
          return run("", { control: control("inline", "label", row.code, `${lettered ? "- " : number}${label}`, "both") });
        case "unit":
          return unitText(row) === "" ? null : run(unitText(row));
        case "value":
          // A heading row carries no value, but what was written there is kept (and the `unknown` rule warns).
          if (row.group) return groupValue === "" ? null : run("", { control: control("inline", "value", row.code, groupValue, "delete", label) });
          // A row the agency reports shows "[…]" until filled; a row it does not report stays blank.
          return run("", { control: control("inline", "value", row.code, valueText(row, data.values[row.code]), "delete", label, valuePlaceholder(template, row.code, level)) });
        case "note":
          // Heading rows too: seed 000 explains "1.1. Kế hoạch CCHC" and "1.3. Kiểm tra CCHC" in their note column.
          return run("", { control: control("inline", "note", row.code, data.notes?.[row.code] ?? "", "delete") });
        case "area":
          return newArea ? run(vi.areaName(row.area)) : null;
        default:
          return (row.cells[p.slice(5)] ?? "") === "" ? null : run(row.cells[p.slice(5)]);
      }
    };
    rows.push(
      columns.map((c) => {
        const parts = c.show.map(part).filter((r): r is Run => r !== null);
        // Several parts share a cell one per line: a line break after each text before the next part.
        const runs = parts.flatMap((r, i) => (i === parts.length - 1 ? [r] : r.control ? [r, run("\n")] : [{ ...r, text: `${r.text}\n` }]));
        return cell(cellRole(c, row.group), runs.length > 0 ? runs : [run("")]);
      }),
    );
    rowKeys.push(row.code);
  }
  return { type: "table", style: "grid", widths: columns.map((c) => c.width), headerRows: head.length, rows, rowKeys, cellOf };
}

/** The title as the form prints it: with the year ("… CCHC năm 2021") and the line "TẠI <CƠ QUAN>" where the form has them. */
export function appendixTitleText(template: Template, data: ReportData): string {
  const layout = template.data.appendix;
  const title = layout.titleYear ? `${template.data.appendixTitle} ${d.appendixYear(data.period.year)}` : template.data.appendixTitle;
  return layout.titleAt ? `${title}\n${d.appendixAt(data.agency.name)}` : title;
}

export function appendixBlocks(template: Template, data: ReportData, outline: Outline): Block[] {
  const header = data.header ?? {};
  const kyHieu = (header["so-ky-hieu"] ?? "").trim() || "…";
  const date = parseSigningDate(header.ngay);
  const dateText = date.status === "ok" ? `${date.day ?? "…"}/${date.month}/${date.year}` : "…";
  const docType = outline.docType === "plan" ? "Kế hoạch" : "Báo cáo";
  return [
    para("appendixLabel", [fixed("phu-luc", template.data.appendixLabel)]),
    para("appendixTitle", [fixed("ten-phu-luc", appendixTitleText(template, data))]),
    para("appendixRef", [fixed("kem-theo", d.appendixRef(docType, kyHieu, dateText, data.agency.name))]),
    appendixTable(template, data),
  ];
}
