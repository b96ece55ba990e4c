/**
 * From a template, an outline, a period and the agency's header data, the
 * plan of the document: header blocks, title and trích yếu, Kính gửi, căn cứ,
 * sections with headings and placeholders, nơi nhận and signature, and the
 * appendix table. Pure: no Office, no XML.
 */
import { writtenValue } from "../../core/grammar/value";
import type { Header, ReportData } from "../../core/model/report-data";
import type { AgencyLevel, HeaderField } from "../../core/model/vocabulary";
import { appliesTo, Indicator, labelFor, Template } from "../../core/model/template";
import type { AppendixColumn, ColumnPart } from "../../core/model/template-schema";
import { BLANK, shownOrPlaceholder, VALUE_PLACEHOLDER } from "../../core/placeholders";
import { assertSafeText } from "../../core/text-safety";
import { Outline, outlineFor, Section } from "../../core/outline";
import { dateParts, parseSigningDate, periodInfo } from "../../core/period";
import { vi, viDocument } from "../../strings";
import type { Role } from "./styles";
import type { Block, CellParagraph, ControlSpec, DocumentPlan, ParagraphBlock, Run, TableBlock, TableCell } from "./types";
import { tagOf, titleOf } from "./tags";

const d = viDocument;

/** A control; an empty text becomes `placeholder` (a no-break space unless given): no control is ever empty. */
function control(kind: ControlSpec["kind"], tagKind: Parameters<typeof tagOf>[0], key: string, text: string, lock: ControlSpec["lock"], titleText = "", placeholder = BLANK): ControlSpec {
  const title = titleOf(tagKind, key, titleText);
  // A character XML cannot carry is refused here, naming the control, before any document is written.
  assertSafeText(text, vi.input.control(title));
  return { tag: tagOf(tagKind, key), title, kind, lock, text: shownOrPlaceholder(text, placeholder) };
}
const run = (text: string, extra: Partial<Run> = {}): Run => ({ text, ...extra });
const para = (role: Role, runs: Run[]): ParagraphBlock => ({ type: "paragraph", role, runs });
const fixed = (name: string, text: string): Run => run("", { control: control("inline", "fixed", name, text, "both") });

/** Fields Nghị định 30/2020 prints in upper case: agency names, quyền hạn and chức vụ of the signer. */
const UPPER_CASE_FIELDS: ReadonlySet<HeaderField> = new Set(["co-quan-chu-quan", "co-quan-ban-hanh", "quyen-han", "chuc-vu"]);

/** A header value as the document shows it. */
export function headerAsShown(field: HeaderField, value: string): string {
  const v = value.trim();
  return UPPER_CASE_FIELDS.has(field) ? v.toLocaleUpperCase("vi") : v;
}

/** Room for a number written by hand: no-break spaces, which Word and LibreOffice keep. */
const NUMBER_ROOM = "\u00a0".repeat(10);

/** The text a header field's control shows for a value (the date in words). */
export function headerControlText(field: HeaderField, raw: string): string {
  const value = headerAsShown(field, raw);
  if (field === "ngay") return dateWords(value);
  // A number left blank ("/BC-SKHCN") keeps room to write it in by hand, as the seeds print "Số:      /BC-SKHCN".
  if (field === "so-ky-hieu" && value.startsWith("/")) return `${NUMBER_ROOM}${value}`;
  return value;
}

/** The text a header field's control shows: the value, or a bracketed placeholder. */
function headerText(header: Header, field: HeaderField): string {
  const value = headerControlText(field, header[field] ?? "");
  return value === "" ? d.placeholderField(vi.headerFieldName[field]) : value;
}
const headerRun = (header: Header, field: HeaderField): Run => run("", { control: control("inline", "header", field, headerText(header, field), "delete") });

/** "ngày 15 tháng 6 năm 2021" from "15/6/2021"; the day stays blank in a draft. */
export function dateWords(raw: string): string {
  const p = parseSigningDate(raw);
  if (p.status !== "ok") return raw === "" ? d.placeholderField(vi.headerFieldName.ngay) : raw;
  const parts = dateParts(p);
  return `ngày ${parts.day} tháng ${parts.month} năm ${p.year}`;
}

/**
 * The header as Nghị định 30/2020 lays it out: a two-column table without borders, the agency on
 * the left (42 % of a table 1.2 cm wider than the text, as the forms print it) and the Quốc hiệu on the right, each with its short rule; then Số and the
 * place and date on one row. Cells align to the top, so both columns start on the same line.
 */
function headerBlock(header: Header): TableBlock {
  const rule = (role: Role): CellParagraph => ({ role, runs: [run("")] });
  const top: TableCell[] = [
    { paragraphs: [{ role: "coQuanChuQuan", runs: [headerRun(header, "co-quan-chu-quan")] }, { role: "coQuanBanHanh", runs: [headerRun(header, "co-quan-ban-hanh")] }, rule("ruleAgency")] },
    { paragraphs: [{ role: "quocHieu", runs: [fixed("quoc-hieu", d.quocHieu)] }, { role: "tieuNgu", runs: [fixed("tieu-ngu", d.tieuNgu)] }, rule("ruleTieuNgu")] },
  ];
  const bottom: TableCell[] = [
    { paragraphs: [{ role: "soKyHieu", runs: [run(`${d.soPrefix} `), headerRun(header, "so-ky-hieu")] }] },
    { paragraphs: [{ role: "diaDanhNgay", runs: [headerRun(header, "dia-danh"), run(", "), headerRun(header, "ngay")] }] },
  ];
  return { type: "table", style: "layout", widths: [42, 58], widen: { extraMm: 12, intoLeftMarginMm: 8 }, headerRows: 0, rows: [top, bottom], rowKeys: [null, null] };
}

function sectionBlocks(section: Section, level: ReportData["agency"]["level"], texts: Record<string, string>, depth: number): Block[] {
  const role: Role = depth === 0 ? "heading1" : "heading2";
  const number = depth === 0 ? `${section.id}. ` : `${section.id.split(".").pop()}. `;
  // An optional section (III–V of a report) may be deleted by the officer, heading and all: its heading cannot be edited but can be deleted.
  const heading = para(role, [run("", { control: control("inline", "heading", section.id, `${number}${section.heading}`, section.optional ? "edit" : "both") })]);
  if (section.children.length > 0) {
    return [heading, ...section.children.flatMap((c) => sectionBlocks(c, level, texts, depth + 1))];
  }
  if (section.fixedText !== undefined) return [heading, para("body", [fixed(`muc-${section.id}`, section.fixedText)])];
  if (!section.levels.includes(level)) {
    return [heading, para("body", [fixed(`muc-${section.id}`, section.notReportedText ?? "")])];
  }
  const text = (texts[section.id] ?? "").trim() || (section.placeholder ?? "");
  return [heading, { type: "control", role: "body", control: control("block", "section", section.id, text, section.optional ? "none" : "delete", section.heading) }];
}

function signatureBlock(header: Header): TableBlock {
  const left: CellParagraph[] = [
    { role: "noiNhanLabel", runs: [fixed("noi-nhan", d.noiNhanLabel)] },
    { role: "noiNhanList", runs: [run("", { control: control("inline", "header", "noi-nhan", (header["noi-nhan"] ?? "").trim() || d.defaultNoiNhan, "delete") })] },
  ];
  const right: CellParagraph[] = [
    // Quyền hạn (KT., TM.) is often absent: blank, not a placeholder that would print.
    { role: "signer", runs: [run("", { control: control("inline", "header", "quyen-han", headerAsShown("quyen-han", header["quyen-han"] ?? ""), "delete") })] },
    { role: "signer", runs: [headerRun(header, "chuc-vu")] },
    { role: "signer", runs: [run("")] },
    { role: "signer", runs: [run("")] },
    { role: "signer", runs: [run("")] },
    { role: "signer", runs: [headerRun(header, "nguoi-ky")] },
  ];
  return { type: "table", style: "layout", widths: [50, 50], headerRows: 0, rows: [[{ paragraphs: left }, { paragraphs: right }]], rowKeys: [null] };
}

const cell = (role: Role, runs: Run[]): TableCell => ({ paragraphs: [{ role, runs }] });
const textCell = (role: Role, text: string): TableCell => cell(role, [run(text)]);

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

function appendixBlocks(template: Template, data: ReportData, outline: Outline): Block[] {
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

export interface PlanInput {
  template: Template;
  data: ReportData;
}

function planOf(input: PlanInput, blocks: Block[]): DocumentPlan {
  return {
    templateId: input.template.id,
    templateVersion: input.template.version,
    period: input.data.period,
    agency: input.data.agency,
    header: input.data.header ?? {},
    blocks,
  };
}

/** The whole report (or plan): header, body sections, signature, then the appendix on a new page. */
export function planReport(input: PlanInput): DocumentPlan {
  const { template, data } = input;
  const outline = outlineFor(data.period);
  const header = data.header ?? {};
  const info = periodInfo(data.period);
  const blocks: Block[] = [headerBlock(header)];
  blocks.push(para("tenLoai", [fixed("ten-loai", outline.title)]));
  blocks.push(para("trichYeu", [fixed("trich-yeu", outline.trichYeu)]));
  blocks.push(para("ruleTrichYeu", [run("")]));
  if ((header["kinh-gui"] ?? "").trim() !== "") blocks.push(para("kinhGui", [run(`${d.kinhGuiPrefix} `), headerRun(header, "kinh-gui")]));
  const canCuPlaceholder = outline.docType === "plan" ? d.placeholderCanCuPlan : d.placeholderCanCu;
  blocks.push(para("body", [run("", { control: control("inline", "header", "can-cu", (header["can-cu"] ?? "").trim() || canCuPlaceholder, "delete") })]));
  const intro = outline.docType === "plan" ? d.introPlan(data.agency.name) : d.introReport(data.agency.name);
  blocks.push(para("body", [fixed("mo-dau", intro)]));
  for (const section of outline.sections) blocks.push(...sectionBlocks(section, data.agency.level, data.sections ?? {}, 0));
  // A report says its appendix comes with it, as seed 002 does; the plan says so in its III.
  // A control, as every line after the sections is: a plain paragraph there would read as part of the last section.
  if (outline.docType === "report") blocks.push(para("body", [fixed("kem-phu-luc", d.appendixPointer(template.data.appendixLabel, data.agency.name))]));
  const closing = outline.docType === "plan" ? d.closingPlan(data.period.year, data.agency.name) : d.closingReport(info.title, data.agency.name);
  blocks.push(para("body", [fixed("ket-thuc", closing)]));
  blocks.push(signatureBlock(header));
  // A landscape appendix (the plan's) is a section of its own; a portrait one starts on a new page.
  blocks.push(template.data.appendix.orientation === "landscape" ? { type: "pageBreak", newSection: "landscape" } : { type: "pageBreak" });
  blocks.push(...appendixBlocks(template, data, outline));
  return planOf(input, blocks);
}

/** Only the appendix (heading and table), for inserting into a report written by hand. */
export function planAppendix(input: PlanInput): DocumentPlan {
  return planOf(input, appendixBlocks(input.template, input.data, outlineFor(input.data.period)));
}

/** One standard table (e.g. bang-ho-so-tthc) with its title, for inserting at the cursor. */
export function planStandardTable(input: PlanInput): DocumentPlan {
  return planOf(input, [para("appendixTitle", [fixed("ten-bang", input.template.data.appendixTitle)]), appendixTable(input.template, input.data)]);
}

/** Every control of a plan, in document order. */
export function planControls(plan: DocumentPlan): ControlSpec[] {
  const out: ControlSpec[] = [];
  const runs = (rs: readonly Run[]) => rs.forEach((r) => r.control && out.push(r.control));
  for (const b of plan.blocks) {
    if (b.type === "paragraph") runs(b.runs);
    else if (b.type === "control") out.push(b.control);
    else if (b.type === "table") b.rows.forEach((row) => row.forEach((c) => c.paragraphs.forEach((p) => runs(p.runs))));
  }
  return out;
}
