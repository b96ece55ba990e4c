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
  | "kinhGui"
  | "body"
  | "heading1"
  | "heading2"
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
  /** A rule under the paragraph (Tiêu ngữ, tên cơ quan ban hành). */
  readonly ruleBelow?: boolean;
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
  coQuanBanHanh: { sizePt: 12, bold: true, align: "center", spaceAfterPt: 0, ruleBelow: true },
  soKyHieu: { sizePt: 13, align: "center", spaceAfterPt: 0, spaceBeforePt: 6 },
  quocHieu: { sizePt: 12, bold: true, align: "center", spaceAfterPt: 0 },
  tieuNgu: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 0, ruleBelow: true },
  diaDanhNgay: { sizePt: 14, italic: true, align: "center", spaceAfterPt: 0, spaceBeforePt: 6 },
  tenLoai: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 0, spaceBeforePt: 12 },
  trichYeu: { sizePt: 14, bold: true, align: "center", spaceAfterPt: 12 },
  kinhGui: { sizePt: 14, align: "center", spaceAfterPt: 12 },
  body: { sizePt: 14, align: "justify", firstLineIndentCm: 1.27, spaceAfterPt: 6 },
  heading1: { sizePt: 14, bold: true, align: "justify", firstLineIndentCm: 1.27, spaceAfterPt: 6 },
  heading2: { sizePt: 14, bold: true, align: "justify", firstLineIndentCm: 1.27, spaceAfterPt: 6 },
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
