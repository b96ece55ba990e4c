/**
 * Paragraph roles and their formatting under Nghị định 30/2020/NĐ-CP
 * (Phụ lục I): Times New Roman; sizes per element; body justified with a
 * first-line indent and space between paragraphs. Both renderers read this table.
 */
export type Role =
  | "coQuanChuQuan"
  | "coQuanBanHanh"
  | "soKyHieu"
  | "quocHieu"
  | "tieuNgu"
  | "diaDanhNgay"
  | "tenLoai"
  | "trichYeu"
  | "ruleAgency"
  | "ruleTieuNgu"
  | "ruleTrichYeu"
  | "kinhGui"
  | "body"
  | "heading1"
  | "heading2"
  | "heading3"
  | "noiNhanLabel"
  | "noiNhanList"
  | "signer"
  | "appendixLabel"
  | "appendixTitle"
  | "appendixRef"
  | "tableHead"
  | "tableText"
  | "tableGroup"
  | "tableNumber";

export interface Format {
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align: "left" | "center" | "right" | "justify";
  readonly firstLineIndentCm?: number;
  readonly spaceAfterPt: number;
  readonly spaceBeforePt?: number;
  /**
   * A rule paragraph: an empty line whose bottom border is the short rule Nghị định 30 draws under
   * the agency's name, the Tiêu ngữ and the trích yếu, inset by this much on each side (so the text
   * above keeps the whole width of its column).
   */
  readonly ruleInsetCm?: number;
}

export const FONT = "Times New Roman";

export const PAGE = {
  /** A4 portrait, in millimetres. */
  widthMm: 210,
  heightMm: 297,
  /** Margins within the ranges of Nghị định 30: top/bottom 20–25, left 30–35, right 15–20. */
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
} as const;

export const FORMATS: Record<Role, Format> = {
  coQuanChuQuan: { sizePt: 12, align: "center", spaceAfterPt: 0 },
  coQuanBanHanh: { sizePt: 12, bold: true, align: "center", spaceAfterPt: 0 },
  soKyHieu: { sizePt: 13, align: "center", spaceAfterPt: 0, spaceBeforePt: 6 },
  quocHieu: { sizePt: 12, bold: true, align: "center", spaceAfterPt: 0 },
  tieuNgu: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 0 },
  diaDanhNgay: { sizePt: 14, italic: true, align: "center", spaceAfterPt: 0, spaceBeforePt: 6 },
  tenLoai: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 0, spaceBeforePt: 12 },
  trichYeu: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 0 },
  // Under the agency's name: a third to a half of the name's line (the column is about 7.4 cm).
  ruleAgency: { sizePt: 6, align: "center", spaceAfterPt: 0, ruleInsetCm: 2.2 },
  // Under the Tiêu ngữ: as long as the Tiêu ngữ (about 5.5 cm of a 10.3 cm column).
  ruleTieuNgu: { sizePt: 6, align: "center", spaceAfterPt: 0, ruleInsetCm: 2.4 },
  // Under the trích yếu: a third to a half of its line, centred.
  ruleTrichYeu: { sizePt: 6, align: "center", spaceAfterPt: 12, ruleInsetCm: 6.25 },
  kinhGui: { sizePt: 14, align: "center", spaceAfterPt: 12 },
  body: { sizePt: 14, align: "justify", firstLineIndentCm: 1.27, spaceAfterPt: 6 },
  // Headings are left-aligned: justified, a short heading stretches across the line.
  heading1: { sizePt: 14, bold: true, align: "left", firstLineIndentCm: 1.27, spaceAfterPt: 6 },
  heading2: { sizePt: 14, bold: true, align: "left", firstLineIndentCm: 1.27, spaceAfterPt: 6 },
  // A reform area's sub-section, a), b)… (seeds 002, 003): one step below its area.
  heading3: { sizePt: 14, bold: true, italic: true, align: "left", firstLineIndentCm: 1.27, spaceAfterPt: 6 },
  noiNhanLabel: { sizePt: 12, bold: true, italic: true, align: "left", spaceAfterPt: 0 },
  noiNhanList: { sizePt: 11, align: "left", spaceAfterPt: 0 },
  signer: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 0 },
  appendixLabel: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 0 },
  appendixTitle: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 0 },
  appendixRef: { sizePt: 14, italic: true, align: "center", spaceAfterPt: 12 },
  tableHead: { sizePt: 12, bold: true, align: "center", spaceAfterPt: 0 },
  tableText: { sizePt: 12, align: "left", spaceAfterPt: 0 },
  tableGroup: { sizePt: 12, bold: true, align: "left", spaceAfterPt: 0 },
  tableNumber: { sizePt: 12, align: "center", spaceAfterPt: 0 },
};
