/**
 * Closed vocabularies shared by the whole product: agency levels, report kinds,
 * value kinds and reform areas. Codes are English/ASCII; the Vietnamese names an
 * officer reads live in src/strings.
 *
 * Plain constants and types, no schema library: the pane's first screen needs them
 * and must stay small. The zod enums built from them live in ./schema-enums.ts.
 */

/** tinh = sở, ban, ngành; huyen = UBND cấp huyện (until 30/6/2025); xa = UBND xã, phường, đặc khu; su-nghiep = đơn vị sự nghiệp. */
export const AGENCY_LEVELS = ["tinh", "huyen", "xa", "su-nghiep"] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** Periodic report kinds plus the annual plan. */
export const REPORT_KINDS = ["quy-1", "6-thang", "quy-3", "9-thang", "nam", "ke-hoach"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** How a value cell is read and checked. */
export const VALUE_KINDS = ["count", "percent", "money", "coded", "fraction", "text"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * The areas of a CCHC report: "chỉ đạo, điều hành" plus the six reform areas of
 * Nghị quyết 76/NQ-CP (thể chế, TTHC, tổ chức bộ máy, công vụ, tài chính công,
 * chính phủ/chính quyền điện tử).
 */
export const AREAS = ["chi-dao-dieu-hanh", "the-che", "thu-tuc-hanh-chinh", "to-chuc-bo-may", "cong-vu", "tai-chinh-cong", "chinh-quyen-dien-tu"] as const;
export type Area = (typeof AREAS)[number];

/** Indicator codes: "3", "3.1.3", "3.1.3.a" — numbers printed in the seed, letters for unnumbered rows in row order. */
export const CODE_PATTERN = /^\d+(\.(\d+|[a-z]))*$/;

/** "3.1.3" → "3.1"; a top-level code has no parent. */
export function parentCode(code: string): string | null {
  const cut = code.lastIndexOf(".");
  return cut < 0 ? null : code.slice(0, cut);
}

/** Header fields of a document under Nghị định 30/2020/NĐ-CP, keyed like their content-control tags. */
export const HEADER_FIELDS = ["co-quan-chu-quan", "co-quan-ban-hanh", "so-ky-hieu", "dia-danh", "ngay", "kinh-gui", "can-cu", "quyen-han", "chuc-vu", "nguoi-ky", "noi-nhan"] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
