/**
 * A streaming (SAX) read of word/document.xml into plain blocks (../handmade/body.ts),
 * for reports typed by hand: paragraphs, text boxes, and tables on their grid
 * (gridSpan, vMerge, gridBefore), tables inside cells as tables of their own.
 * The rules are ../handmade/body-scanner.ts's, shared with the DOM walk (./dom-body.ts).
 */
import { SaxesParser } from "saxes";
import type { BodyBlock } from "../handmade/body";
import { BodyScanner } from "../handmade/body-scanner";
import { vi } from "../../strings";
import { declaresDoctype, NS, piecesOf, XmlText } from "../ooxml/dom";
import { DocxError } from "./read-docx";

export function scanBody(xml: XmlText, part = "word/document.xml"): BodyBlock[] {
  if (declaresDoctype(xml)) throw new DocxError("doctype", vi.docx.doctype(part));
  const parser = new SaxesParser({ xmlns: false, position: false });
  const scanner = new BodyScanner();
  let w = "w:";
  let first = true;
  parser.on("opentag", (node) => {
    if (first) {
      first = false;
      for (const [name, value] of Object.entries(node.attributes)) {
        if (name.startsWith("xmlns:") && value === NS.w) w = `${name.slice(6)}:`;
      }
    }
    const attrs = node.attributes as Record<string, string>;
    scanner.open(node.name.slice(node.name.indexOf(":") + 1), node.name.startsWith(w), (n) => attrs[`${w}${n}`]);
  });
  parser.on("text", (text) => scanner.text(text));
  parser.on("closetag", (node) => scanner.close(node.name.slice(node.name.indexOf(":") + 1), node.name.startsWith(w)));
  try {
    for (const piece of piecesOf(xml)) parser.write(piece);
    parser.close();
  } catch {
    throw new DocxError("bad-xml", vi.docx.badXml(part));
  }
  return scanner.blocks();
}
