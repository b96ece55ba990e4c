/**
 * A streaming (SAX) read of the content controls of word/document.xml, for
 * read-only work on many files (check, extract, aggregate): the same result as
 * listControls over a DOM, without building one. Built on saxes.
 */
import { SaxesParser } from "saxes";
import { vi } from "../../strings";
import type { ReadControl } from "../controls";
import { DocxError } from "./read-docx";
import { declaresDoctype, NS, piecesOf, XmlText } from "../ooxml/dom";
import { keyOf, tagFromBookmark } from "../plan/tags";

interface Open {
  index: number;
  tag: string;
  title: string;
  /** The tag a cchc_ bookmark just before the control, or first inside it, carries (see bookmarkName). */
  bookmark: string;
  text: string;
  inPr: boolean;
  inContent: boolean;
  paragraphs: number;
  depth: number;
}

export function scanControls(xml: XmlText, part = "word/document.xml"): ReadControl[] {
  if (declaresDoctype(xml)) throw new DocxError("doctype", vi.docx.doctype(part));
  const parser = new SaxesParser({ xmlns: false, position: false });
  const out: ReadControl[] = [];
  const open: Open[] = [];
  let w = "w:";
  let first = true;
  let depth = 0;
  let inText = 0;
  /** The last cchc_ bookmark opened, and at which depth: a control opened next to it at that depth is its. */
  let lastBookmark: { tag: string; depth: number } | null = null;
  let trailing: { index: number; depth: number } | null = null;
  /** The top-level paragraph being read, and a section control found inline in it (LibreOffice's shape). */
  let host: { depth: number; section: number | null } | null = null;
  let paragraph: { depth: number; text: string; hasControl: boolean } | null = null;
  const contentDepth = (o: Open) => o.depth + 1;
  // Element names compared whole (with the prefix the root gives WordprocessingML), never sliced.
  let n = names(w);
  parser.on("opentag", (node) => {
    depth++;
    if (first) {
      first = false;
      for (const [name, value] of Object.entries(node.attributes)) {
        if (name.startsWith("xmlns:") && value === NS.w) w = `${name.slice(6)}:`;
      }
      n = names(w);
    }
    const name = node.name;
    if (!name.startsWith(w)) return;
    const top = open.length > 0 ? open[open.length - 1] : undefined;
    const isBookmark = name === n.bookmarkStart || name === n.bookmarkEnd;
    if (lastBookmark && depth === lastBookmark.depth && !isBookmark && name !== n.sdt) lastBookmark = null;
    // A section control's trailing paragraphs (LibreOffice moves paragraphs 2+ out of it): a sibling
    // paragraph with no control of its own is its text, until the next control or table.
    if (trailing && depth === trailing.depth) {
      if (name === n.p) paragraph = { depth, text: "", hasControl: false };
      else if (!isBookmark) trailing = null;
    }
    if (paragraph && name === n.sdt) paragraph.hasControl = true;
    if (name === n.p && open.length === 0 && !host) host = { depth, section: null };
    switch (name) {
      case n.sdt:
        open.push({ index: out.length, tag: "", title: "", bookmark: lastBookmark?.depth === depth ? lastBookmark.tag : "", text: "", inPr: false, inContent: false, paragraphs: 0, depth });
        out.push({ tag: "", title: "", text: "" });
        lastBookmark = null;
        break;
      case n.bookmarkStart: {
        const tag = bookmarkTag(String(node.attributes[n.name] ?? ""));
        if (tag) {
          lastBookmark = { tag, depth };
          if (top?.inContent && !top.bookmark) top.bookmark = tag;
        }
        break;
      }
      case n.sdtPr:
        if (top && depth === contentDepth(top)) top.inPr = true;
        break;
      case n.sdtContent:
        if (top && depth === contentDepth(top)) top.inContent = true;
        break;
      case n.tag:
      case n.alias:
        if (top?.inPr && depth === contentDepth(top) + 1) {
          const v = String(node.attributes[n.val] ?? "");
          if (name === n.tag) top.tag = v;
          else top.title = v;
        }
        break;
      case n.p:
        // Paragraphs directly in a control's content are joined by line breaks.
        for (const o of open) if (o.inContent && depth === contentDepth(o) + 1 && o.paragraphs++ > 0) o.text += "\n";
        break;
      case n.t:
        inText++;
        break;
      case n.br:
        if (node.attributes[n.type] !== "page") for (const o of open) if (o.inContent) o.text += "\n";
        break;
      case n.tab:
        for (const o of open) if (o.inContent) o.text += "\t";
        break;
    }
  });
  parser.on("text", (text) => {
    if (inText > 0) for (const o of open) if (o.inContent) o.text += text;
    if (inText > 0 && paragraph && open.length === 0) paragraph.text += text;
  });
  parser.on("closetag", (node) => {
    const name = node.name;
    if (name.startsWith(w)) {
      const top = open.length > 0 ? open[open.length - 1] : undefined;
      if (name === n.t) inText--;
      else if (name === n.p && paragraph && depth === paragraph.depth) {
        if (paragraph.hasControl || !trailing) trailing = null;
        else out[trailing.index] = { ...out[trailing.index], text: `${out[trailing.index].text}\n${paragraph.text}` };
        paragraph = null;
      }
      if (name === n.p && host && depth === host.depth) {
        // The paragraph holding an inline section control: the paragraphs after it may be the section's.
        if (host.section !== null) trailing = { index: host.section, depth };
        host = null;
      } else if (name === n.sdtPr && top && depth === contentDepth(top)) top.inPr = false;
      else if (name === n.sdtContent && top && depth === contentDepth(top)) top.inContent = false;
      else if (name === n.sdt && top && depth === top.depth) {
        open.pop();
        out[top.index] = { tag: top.tag || (top.title ? "" : top.bookmark), title: top.title, text: top.text };
        const key = keyOf(out[top.index].tag, top.title);
        if (key?.kind === "section" && open.length === 0) {
          if (host && top.depth > host.depth) host.section = top.index;
          // A block control of several paragraphs was not cut by LibreOffice (a report taken over by adopt keeps its own).
          else if (top.paragraphs <= 1) trailing = { index: top.index, depth: top.depth };
        }
      }
    }
    depth--;
  });
  try {
    for (const piece of piecesOf(xml)) parser.write(piece);
    parser.close();
  } catch {
    throw new DocxError("bad-xml", vi.docx.badXml(part));
  }
  return out;
}

/** The qualified names scanControls compares, for the prefix the document gives WordprocessingML. */
function names(w: string) {
  const q = (local: string) => `${w}${local}`;
  return {
    sdt: q("sdt"),
    sdtPr: q("sdtPr"),
    sdtContent: q("sdtContent"),
    tag: q("tag"),
    alias: q("alias"),
    p: q("p"),
    t: q("t"),
    br: q("br"),
    tab: q("tab"),
    bookmarkStart: q("bookmarkStart"),
    bookmarkEnd: q("bookmarkEnd"),
    name: q("name"),
    val: q("val"),
    type: q("type"),
  };
}

/** A bookmark's tag (tagFromBookmark), remembered: the same names recur in every report of a template. */
const bookmarkTags = new Map<string, string | null>();
function bookmarkTag(name: string): string | null {
  let tag = bookmarkTags.get(name);
  if (tag === undefined) {
    if (bookmarkTags.size >= 10_000) bookmarkTags.clear();
    tag = tagFromBookmark(name);
    bookmarkTags.set(name, tag);
  }
  return tag;
}
