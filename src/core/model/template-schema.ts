/**
 * The template schema: what a report appendix contains, as data.
 * A template file (built-in or loaded by a user) is JSON of exactly this shape;
 * `loadTemplate` in ./template.ts validates it and resolves parents and areas.
 */
import { z } from "zod";
import { AgencyLevelSchema, AreaSchema, ReportKindSchema, ValueKindSchema } from "./schema-enums";
import { CODE_PATTERN } from "./vocabulary";
export const IndicatorCode = z.string().regex(CODE_PATTERN, 'mã chỉ tiêu dạng "3.1.3" hoặc "3.1.3.a"');

export const CodedOption = z.object({
  value: z.number().int().min(0),
  label: z.string().min(1),
});
export type CodedOption = z.infer<typeof CodedOption>;

/** A measurable target written in a plan ("từ 95% trở lên", "đạt 100%"). */
export const Target = z.object({
  text: z.string().min(1).describe("the words of the plan"),
  op: z.enum([">=", "<=", "="]),
  value: z.number(),
  unit: z.string().min(1),
});
export type Target = z.infer<typeof Target>;

export const Row = z
  .object({
    code: IndicatorCode,
    label: z.string().min(1),
    labelByLevel: z.partialRecord(AgencyLevelSchema, z.string().min(1)).optional().describe("label variants for agency levels, e.g. 'Số UBND cấp xã đã kiểm tra' for a district"),
    group: z.boolean().optional().describe("a heading row (1., 1.1., …) that carries no value"),
    unit: z.string().optional(),
    kind: ValueKindSchema.optional().describe("default: count"),
    options: z.array(CodedOption).min(2).optional().describe("coded rows: 'Không = 0 / Có = 1'"),
    area: AreaSchema.optional().describe("required on top-level rows; children inherit it"),
    levels: z.array(AgencyLevelSchema).min(1).optional().describe("default: every level of the template"),
    optional: z.boolean().optional().describe("an empty value is not reported by the `required` rule"),
    cumulative: z.boolean().optional().describe("lũy kế đến thời điểm báo cáo: never below the previous period"),
    fromPlan: z
      .enum(["tasks", "tasks-done"])
      .optional()
      .describe('counted from the year\'s CCHC plan (--plan): "tasks" its tasks, "tasks-done" those whose every row is at the plan\'s last stage (Hoàn thành)'),
    base: IndicatorCode.optional().describe("a percentage's base row: aggregation weights the percentage by it"),
    cells: z.record(z.string(), z.string()).optional().describe("text of the template's own columns, by column id"),
    targets: z.array(Target).optional(),
  })
  .strict();
export type Row = z.infer<typeof Row>;

const Severity = z.enum(["error", "warning"]);
/**
 * Why a relation holds. "form": the form's own arithmetic (its "Trong đó" parts add up to their
 * total, shares of one total): breaking it is an error. "plausible": a relation between rows the
 * form does not print as parts (counted from other sources, portals or periods): a warning with a
 * reason the officer reads, never an error (the loader refuses one).
 */
const Basis = z.enum(["form", "plausible"]);

export const Relation = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("sum"),
      total: IndicatorCode,
      parts: z.array(IndicatorCode).min(1).optional().describe("default: the total's children of the same unit and a summable kind"),
      basis: Basis.default("form"),
      severity: Severity.optional(),
      reason: z.string().min(1).optional().describe("why the relation can be broken; required when the basis is plausible"),
    })
    .strict(),
  z
    .object({
      type: z.literal("le"),
      parts: z.array(IndicatorCode).min(1).describe("these rows added together …"),
      whole: IndicatorCode.describe("… must not exceed this row"),
      basis: Basis.default("plausible").describe('"form" only where the form prints the parts as parts of the whole'),
      severity: Severity.optional(),
      reason: z.string().min(1).optional().describe("why the relation can be broken; the officer reads it with the warning (required when plausible)"),
    })
    .strict(),
  z
    .object({
      type: z.literal("shares"),
      parts: z.array(IndicatorCode).min(2).describe("percentages of one total: together at most 100 %"),
      basis: Basis.default("form"),
      severity: Severity.optional(),
      reason: z.string().min(1).optional(),
    })
    .strict(),
]);
export type Relation = z.infer<typeof Relation>;

export const Column = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string().min(1),
  })
  .strict();
export type Column = z.infer<typeof Column>;

/** What a cell of an appendix column shows: row parts, or a template column's text ("cell:<column id>"). */
export const ColumnPart = z.union([z.enum(["stt", "label", "unit", "value", "note", "area"]), z.string().regex(/^cell:[a-z][a-z0-9-]*$/, '"cell:<mã cột>"')]);
export type ColumnPart = z.infer<typeof ColumnPart>;

/** One printed column of the appendix, as the form prints it. */
export const AppendixColumn = z
  .object({
    title: z.string().min(1).describe('the heading the form prints; "\\n" starts a new line'),
    show: z.array(ColumnPart).min(1).describe("what each row's cell holds, in order (several parts share the cell, one per line)"),
    width: z.number().positive().describe("share of the text width, in per cent (the columns add up to 100)"),
    group: z.string().min(1).optional().describe('a spanning heading over adjacent columns, e.g. "Kết quả thống kê"'),
  })
  .strict();
export type AppendixColumn = z.infer<typeof AppendixColumn>;

/** How the appendix is printed: the form's own columns, its title lines and its page orientation. */
export const AppendixLayout = z
  .object({
    orientation: z.enum(["portrait", "landscape"]).default("portrait").describe("a landscape appendix gets a section of its own"),
    titleAt: z.boolean().default(false).describe('a line "TẠI <CƠ QUAN>" under the title, as Phụ lục 2 of Khánh Hòa prints'),
    titleYear: z.boolean().default(false).describe('the title ends in "năm <year>"'),
    columns: z.array(AppendixColumn).min(2).optional().describe("default: STT / Chỉ tiêu / Đơn vị tính / Số liệu / Ghi chú, then the template's columns"),
  })
  .strict();
export type AppendixLayout = z.infer<typeof AppendixLayout>;

export const TemplateSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    source: z.string().optional().describe("where the template comes from"),
    scope: z.enum(["national", "province"]).default("national").describe("\"province\" for one province's own form (Khánh Hòa's Phụ lục 2): never offered first where a national form serves"),
    layout: z.enum(["statistics", "assignment", "table"]),
    kinds: z.array(ReportKindSchema).min(1),
    levels: z.array(AgencyLevelSchema).min(1),
    validFrom: z.iso.date().optional(),
    validUntil: z.iso.date().optional(),
    appendixLabel: z.string().min(1).describe('"Phụ lục 2", "Phụ lục"'),
    appendixTitle: z.string().min(1),
    columns: z.array(Column).default([]),
    previousTemplate: z
      .object({
        id: z.string().min(1).describe("the template the previous period's report used (the form before 1/7/2025)"),
        codes: z.record(IndicatorCode, IndicatorCode).describe("this template's code → that template's code, for rows that mean the same"),
      })
      .strict()
      .optional()
      .describe("how to compare with a previous period reported on another template: codes were renumbered"),
    appendix: AppendixLayout.default({ orientation: "portrait", titleAt: false, titleYear: false }),
    rows: z.array(Row).min(1),
    relations: z.array(Relation).default([]),
  })
  .strict();
export type TemplateInput = z.input<typeof TemplateSchema>;
export type TemplateData = z.infer<typeof TemplateSchema>;
