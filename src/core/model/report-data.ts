/**
 * The report-data format: one JSON document that the CLI, import/export and the
 * document's own data part all read and write.
 */
import { z } from "zod";
import { AgencyLevelSchema, ExactNumber, ReportKindSchema, SafeText } from "./schema-enums";
import type { HeaderField } from "./vocabulary";

export const Header = z
  .object({
    "co-quan-chu-quan": SafeText.optional().describe("UBND TỈNH KHÁNH HÒA"),
    "co-quan-ban-hanh": SafeText.optional().describe("TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ NHA TRANG"),
    "so-ky-hieu": SafeText.optional().describe('"293/BC-CĐKTCN"; a draft may leave the number blank: "/BC-SKHCN"'),
    "dia-danh": SafeText.optional().describe("Khánh Hòa"),
    ngay: SafeText.optional().describe('signing date: "2021-03-15" or "15/3/2021"; a draft may leave the day blank: "2021-03" or "/3/2021"'),
    "kinh-gui": SafeText.optional(),
    "can-cu": SafeText.optional(),
    "quyen-han": SafeText.optional().describe('"KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"; empty when the head signs'),
    "chuc-vu": SafeText.optional().describe('"GIÁM ĐỐC", "PHÓ CHỦ TỊCH"'),
    "nguoi-ky": SafeText.optional(),
    "noi-nhan": SafeText.optional().describe("one recipient per line"),
  } satisfies Record<HeaderField, z.ZodOptional<typeof SafeText>>)
  .strict();
export type Header = z.infer<typeof Header>;

export const Agency = z
  .object({
    name: SafeText.min(1),
    level: AgencyLevelSchema,
  })
  .strict();
export type Agency = z.infer<typeof Agency>;

export const Period = z
  .object({
    year: z.number().int().min(2000).max(2100),
    kind: ReportKindSchema,
  })
  .strict();
export type Period = z.infer<typeof Period>;

export const ReportDataSchema = z
  .object({
    $schema: z.string().optional(),
    template: z.string().min(1).describe("template id, e.g. tk-7-linh-vuc-2021"),
    templateVersion: z.string().optional(),
    agency: Agency,
    period: Period,
    values: z.record(z.string(), z.union([SafeText, ExactNumber])).describe('values by indicator code, as written ("1.050", "98,9", "02/02", "Có") or as numbers'),
    notes: z.record(z.string(), SafeText).optional().describe("Ghi chú by indicator code"),
    sections: z.record(z.string(), SafeText).optional().describe("body text by section id (II.2)"),
    header: Header.optional(),
  })
  .strict();
export type ReportData = z.infer<typeof ReportDataSchema>;

export const reportDataJsonSchema = () => z.toJSONSchema(ReportDataSchema, { io: "input" });
