/**
 * From a template, an outline, a period and the agency's header data, the
 * plan of the document: header blocks, title and trích yếu, Kính gửi, căn cứ,
 * sections with headings and placeholders, nơi nhận and signature, and the
 * appendix (./appendix-plan.ts). Pure: no Office, no XML.
 */
import type { Header, ReportData } from "../../core/model/report-data";
import type { HeaderField } from "../../core/model/vocabulary";
import type { Template } from "../../core/model/template";
import { areaMembers, areaOf, Outline, outlineFor, Section } from "../../core/outline";
import { dateParts, parseSigningDate, periodInfo } from "../../core/period";
import { vi, viDocument } from "../../strings";
import type { Role } from "./styles";
import type { Block, CellParagraph, ControlSpec, DocumentPlan, Run, TableBlock, TableCell } from "./types";
import { control, fixed, para, run } from "./plan-parts";
import { appendixBlocks, appendixTable } from "./appendix-plan";
export { appendixColumns, appendixTable, appendixTitleText, valuePlaceholder, valueText } from "./appendix-plan";

const d = viDocument;

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

function sectionBlocks(outline: Outline, section: Section, level: ReportData["agency"]["level"], texts: Record<string, string>, depth: number): Block[] {
  // A reform area's sub-section is the agency's only where the area is (thể chế: not a sự nghiệp unit).
  if (section.partOf && !section.levels.includes(level)) return [];
  // A reform area whose text is given (cchc new --data, a report made again) gets what is written of
  // it and its sub-sections, nothing left to take out; with nothing written yet, all are offered.
  const area = areaOf(section);
  const written = (id: string) => (texts[id] ?? "").trim() !== "";
  const unused = area !== undefined && !written(section.id) && areaMembers(outline, area).some((m) => written(m.id));
  if (unused && section.partOf) return [];
  const role: Role = depth === 0 ? "heading1" : section.partOf ? "heading3" : "heading2";
  const number = section.label ? `${section.label} ` : depth === 0 ? `${section.id}. ` : `${section.id.split(".").pop()}. `;
  // An optional section (III–V of a report) may be deleted by the officer, heading and all: its heading cannot be edited but can be deleted.
  // A reform area written in parts keeps its heading over them: locked as the other headings.
  const heading = para(role, [run("", { control: control("inline", "heading", section.id, `${number}${section.heading}`, section.optional && !section.parts ? "edit" : "both") })]);
  if (section.children.length > 0) {
    return [heading, ...section.children.flatMap((c) => sectionBlocks(outline, c, level, texts, depth + 1))];
  }
  if (section.fixedText !== undefined) return [heading, para("body", [fixed(`muc-${section.id}`, section.fixedText)])];
  if (!section.levels.includes(level)) {
    return [heading, para("body", [fixed(`muc-${section.id}`, section.notReportedText ?? "")])];
  }
  if (unused) return [heading];
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
  for (const section of outline.sections) blocks.push(...sectionBlocks(outline, section, data.agency.level, data.sections ?? {}, 0));
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
