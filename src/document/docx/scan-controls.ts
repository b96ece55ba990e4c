/**
 * A streaming (SAX) read of the content controls of word/document.xml, for
 * read-only work on many files (check, extract, aggregate): the same result as
 * listControls over a DOM, without building one. Built on saxes.
 */
import { SaxesParser } from "saxes";
import { vi } from "../../strings";
import type { ReadControl } from "../controls";
import { DocxError } from "./read-docx";
import { NS } from "../ooxml/dom";

interface Open {
  index: number;
  tag: string;
  title: string;
  text: string;
  inPr: boolean;
  inContent: boolean;
  paragraphs: number;
  depth: number;
}

export function scanControls(xml: string, part = "word/document.xml"): ReadControl[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new DocxError("doctype", vi.docx.doctype(part));
  const parser = new SaxesParser({ xmlns: false, position: false });
  const out: ReadControl[] = [];
  const open: Open[] = [];
  let w = "w:";
  let first = true;
  let depth = 0;
  let inText = 0;
  const contentDepth = (o: Open) => o.depth + 1;
  parser.on("opentag", (node) => {
    depth++;
    if (first) {
      first = false;
      for (const [name, value] of Object.entries(node.attributes)) {
        if (name.startsWith("xmlns:") && value === NS.w) w = `${name.slice(6)}:`;
      }
    }
    const name = node.name;
    if (!name.startsWith(w)) return;
    const local = name.slice(w.length);
    const top = open[open.length - 1];
    switch (local) {
      case "sdt":
        open.push({ index: out.length, tag: "", title: "", text: "", inPr: false, inContent: false, paragraphs: 0, depth });
        out.push({ tag: "", title: "", text: "" });
        break;
      case "sdtPr":
        if (top && depth === contentDepth(top)) top.inPr = true;
        break;
      case "sdtContent":
        if (top && depth === contentDepth(top)) top.inContent = true;
        break;
      case "tag":
      case "alias":
        if (top?.inPr && depth === contentDepth(top) + 1) {
          const v = String(node.attributes[`${w}val`] ?? "");
          if (local === "tag") top.tag = v;
          else top.title = v;
        }
        break;
      case "p":
        // Paragraphs directly in a control's content are joined by line breaks.
        for (const o of open) if (o.inContent && depth === contentDepth(o) + 1 && o.paragraphs++ > 0) o.text += "\n";
        break;
      case "t":
        inText++;
        break;
      case "br":
        if (node.attributes[`${w}type`] !== "page") for (const o of open) if (o.inContent) o.text += "\n";
        break;
      case "tab":
        for (const o of open) if (o.inContent) o.text += "\t";
        break;
    }
  });
  parser.on("text", (text) => {
    if (inText > 0) for (const o of open) if (o.inContent) o.text += text;
  });
  parser.on("closetag", (node) => {
    const name = node.name;
    if (name.startsWith(w)) {
      const local = name.slice(w.length);
      const top = open[open.length - 1];
      if (local === "t") inText--;
      else if (local === "sdtPr" && top && depth === contentDepth(top)) top.inPr = false;
      else if (local === "sdtContent" && top && depth === contentDepth(top)) top.inContent = false;
      else if (local === "sdt" && top && depth === top.depth) {
        open.pop();
        out[top.index] = { tag: top.tag, title: top.title, text: top.text };
      }
    }
    depth--;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new DocxError("bad-xml", vi.docx.badXml(part, String((e as Error).message).split("\n")[0]));
  }
  return out;
}
