/**
 * Closed vocabularies shared by the whole product: agency levels, report kinds,
 * value kinds and reform areas. Codes are English/ASCII; the Vietnamese names an
 * officer reads live in src/strings.
 */
import { z } from "zod";

/** tinh = sở, ban, ngành; huyen = UBND cấp huyện (until 30/6/2025); xa = UBND xã, phường, đặc khu; su-nghiep = đơn vị sự nghiệp. */
export const AGENCY_LEVELS = ["tinh", "huyen", "xa", "su-nghiep"] as const;
export const AgencyLevel = z.enum(AGENCY_LEVELS);
export type AgencyLevel = z.infer<typeof AgencyLevel>;

/** Periodic report kinds plus the annual plan. */
export const REPORT_KINDS = ["quy-1", "6-thang", "quy-3", "9-thang", "nam", "ke-hoach"] as const;
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

/** How a value cell is read and checked. */
export const VALUE_KINDS = ["count", "percent", "money", "coded", "fraction", "text"] as const;
export const ValueKind = z.enum(VALUE_KINDS);
export type ValueKind = z.infer<typeof ValueKind>;

/**
 * The areas of a CCHC report: "chỉ đạo, điều hành" plus the six reform areas of
 * Nghị quyết 76/NQ-CP (thể chế, TTHC, tổ chức bộ máy, công vụ, tài chính công,
 * chính phủ/chính quyền điện tử).
 */
export const AREAS = [
  "chi-dao-dieu-hanh",
  "the-che",
  "thu-tuc-hanh-chinh",
  "to-chuc-bo-may",
  "cong-vu",
  "tai-chinh-cong",
  "chinh-quyen-dien-tu",
] as const;
export const Area = z.enum(AREAS);
export type Area = z.infer<typeof Area>;
