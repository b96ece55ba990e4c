/**
 * The page number as Nghị định 30/2020 Phụ lục I asks: Arabic, 14 pt, upright, centred in the
 * top margin — a PAGE field in a header paragraph. One writer for the .docx's header part and
 * the header Word is given (../word/page-layout.ts).
 */
import type { XmlBuilder } from "./xml-builder";

export function pageNumberParagraph<N>(b: XmlBuilder<N>): N {
  const size = [b.el("w:sz", { "w:val": 28 }), b.el("w:szCs", { "w:val": 28 })];
  const number = b.el("w:r", {}, [b.el("w:rPr", {}, size), b.textEl("w:t", {}, "2")]);
  return b.el("w:p", {}, [b.el("w:pPr", {}, [b.el("w:jc", { "w:val": "center" })]), b.el("w:fldSimple", { "w:instr": " PAGE " }, [number])]);
}
