/**
 * The page number as Nghị định 30/2020 Phụ lục I asks: Arabic, 14 pt, upright, centred in the
 * top margin — a PAGE field in a header paragraph. One writer for the .docx's header part and
 * the header Word is given (../word/page-layout.ts).
 */
import type { Document, Element } from "@xmldom/xmldom";
import { el } from "./dom";

export function pageNumberParagraph(d: Document): Element {
  const size = [el(d, "w:sz", { "w:val": 28 }), el(d, "w:szCs", { "w:val": 28 })];
  const number = el(d, "w:r", {}, [el(d, "w:rPr", {}, size), el(d, "w:t", {}, [])]);
  number.lastChild!.appendChild(d.createTextNode("2"));
  return el(d, "w:p", {}, [el(d, "w:pPr", {}, [el(d, "w:jc", { "w:val": "center" })]), el(d, "w:fldSimple", { "w:instr": " PAGE " }, [number])]);
}
